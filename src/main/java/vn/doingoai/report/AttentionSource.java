package vn.doingoai.report;

import java.time.LocalDate;
import java.util.List;
import vn.doingoai.unit.UnitScope;

/** Things on the dashboard that need the user's attention, from one module. */
public interface AttentionSource {

    List<AttentionItem> attention(UnitScope scope, LocalDate today);

    /**
     * @param kind a message key: {@code attention.delegation.waiting}; the dashboard groups the items by it
     * @param title the record's title
     * @param due the date it is due or expires, may be null
     * @param link the record's page
     * @param list the list filtered to the items of this kind ({@code /delegations?status=PROPOSED}),
     *     where the dashboard's group of this kind leads; may be null
     */
    record AttentionItem(String kind, String title, LocalDate due, String link, String list) {

        public AttentionItem(String kind, String title, LocalDate due, String link) {
            this(kind, title, due, link, null);
        }
    }
}
