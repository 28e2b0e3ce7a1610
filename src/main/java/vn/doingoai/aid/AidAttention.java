package vn.doingoai.aid;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.AttentionSource;
import vn.doingoai.unit.UnitScope;

/** On the dashboard: aid items waiting for the province leader's decision (no due date: they come after what is due). */
@Component
class AidAttention implements AttentionSource {

    private final AidBook items;

    AidAttention(AidBook items) {
        this.items = items;
    }

    @Override
    public List<AttentionItem> attention(UnitScope scope, LocalDate today) {
        return items.waiting(scope).stream()
                .map(a -> new AttentionItem("attention.aid.waiting", a.title(), null, "/aid/" + a.id()))
                .toList();
    }
}
