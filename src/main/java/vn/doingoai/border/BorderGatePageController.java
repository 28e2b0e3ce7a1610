package vn.doingoai.border;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordList;

/** The gate pages: the list, a gate's page with its closures and state today, the form. */
@Controller
@RequestMapping("/border-gates")
class BorderGatePageController extends BorderPages<BorderGateData, BorderGateFilter> {

    private final BorderGateBook book;

    BorderGatePageController(BorderGateBook book, BorderUnits borderUnits, PageParts parts) {
        super(
                parts,
                book,
                RecordList.of(BorderGateColumns.LIST, book),
                new PageType("border/gate", "borderGate", "border.gate"),
                borderUnits);
        this.book = book;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", GateKind.values());
    }

    @Override
    protected void details(Long id, Model model) {
        BorderGateData gate = book.read(id);
        model.addAttribute("gate", gate);
        model.addAttribute("closure", gate.closureOn(LocalDate.now()).orElse(null));
        model.addAttribute("canWrite", parts.access().canWrite(gate.unit()));
    }

    @Override
    protected BorderGateData blank() {
        return new BorderGateData(
                null, null, null, book.ownUnit(), "", GateKind.SECONDARY, null, null, List.of(), null, null);
    }
}
