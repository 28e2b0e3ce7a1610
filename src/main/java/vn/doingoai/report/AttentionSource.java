package vn.doingoai.report;

import java.time.LocalDate;
import java.util.List;
import vn.doingoai.unit.UnitScope;

/** Things on the dashboard that need the user's attention, from one module. */
public interface AttentionSource {

    List<AttentionItem> attention(UnitScope scope, LocalDate today);

    /**
     * @param kind a message key: {@code attention.delegation.waiting}
     * @param title the record's title
     * @param due the date it is due or expires, may be null
     * @param link the record's page
     */
    record AttentionItem(String kind, String title, LocalDate due, String link) {}
}
