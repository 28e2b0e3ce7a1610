package vn.doingoai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/** The dashboard at {@code /}: what needs attention in the user's units. */
@Controller
class DashboardController {

    private final List<AttentionSource> attentionSources;
    private final Access access;

    DashboardController(List<AttentionSource> attentionSources, Access access) {
        this.attentionSources = attentionSources;
        this.access = access;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        UnitScope scope = access.readable();
        LocalDate today = LocalDate.now();
        List<AttentionSource.AttentionItem> items = new ArrayList<>();
        attentionSources.forEach(s -> items.addAll(s.attention(scope, today)));
        items.sort(Comparator.comparing(
                AttentionSource.AttentionItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        model.addAttribute("attention", items);
        return "report/dashboard";
    }
}
