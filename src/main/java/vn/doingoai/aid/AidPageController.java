package vn.doingoai.aid;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.partner.Partners;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/** The aid pages: the list, an item's page with its transactions and totals in USD and VND, the form. */
@Controller
@RequestMapping("/aid")
class AidPageController extends RecordFormPages<AidData, AidFilter, AidForm> {

    private final AidBook items;
    private final AidTotals totals;
    private final AidWorkflow workflow;
    private final Sectors sectors;
    private final Partners partners;

    AidPageController(
            AidBook items,
            AidTotals totals,
            AidColumns columns,
            AidWorkflow workflow,
            Sectors sectors,
            Partners partners,
            PageParts parts) {
        super(parts, items, new RecordList<>(columns.list, items::views, items::viewsAll), PageType.of("aid"));
        this.items = items;
        this.totals = totals;
        this.workflow = workflow;
        this.sectors = sectors;
        this.partners = partners;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", AidKind.values());
        model.addAttribute("types", TransactionType.values());
    }

    @Override
    protected void details(Long id, Model model) {
        AidBook.View view = items.view(id);
        List<AidTotals.Line> lines = totals.lines(view.data());
        model.addAttribute("aid", view.data());
        model.addAttribute("donor", view.donor());
        model.addAttribute("lines", lines);
        model.addAttribute("totals", AidTotals.totals(lines));
        model.addAttribute("sectorLabel", sectors.label(view.data().sector()));
        model.addAttribute("canWrite", items.canWrite(view.data().unit()));
        model.addAttribute("steps", workflow.steps(view.data()));
        model.addAttribute("today", LocalDate.now());
    }

    @Override
    protected AidForm blank() {
        return AidForm.blank();
    }

    @Override
    protected AidForm form(AidData record) {
        return AidForm.of(record);
    }

    @Override
    protected void formModel(Model model) {
        model.addAttribute("partners", partners.choices());
        model.addAttribute("sectors", sectors.all());
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable Long id, AidDecision decision, Model model, RedirectAttributes redirect) {
        return step(id, () -> items.approve(id, decision), model, redirect);
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable Long id, AidDecision decision, Model model, RedirectAttributes redirect) {
        return step(id, () -> items.reject(id, decision), model, redirect);
    }
}
