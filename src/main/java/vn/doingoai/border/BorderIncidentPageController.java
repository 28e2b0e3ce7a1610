package vn.doingoai.border;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.Inputs;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordList;

/** The incident pages: the list, an incident's page, the form ({@code /new?gate=g1} names the gate). */
@Controller
@RequestMapping("/border-incidents")
class BorderIncidentPageController extends BorderPages<BorderIncidentData, BorderIncidentFilter> {

    private final BorderIncidentBook book;
    private final BorderGates gates;
    private final UnitNames unitNames;

    BorderIncidentPageController(
            BorderIncidentBook book, BorderGates gates, BorderUnits borderUnits, UnitNames unitNames, PageParts parts) {
        super(
                parts,
                book,
                RecordList.of(BorderIncidentColumns.LIST, book),
                new PageType("border/incident", "borderIncident", "border.incident"),
                borderUnits);
        this.book = book;
        this.gates = gates;
        this.unitNames = unitNames;
    }

    @Override
    protected void details(Long id, Model model) {
        BorderIncidentBook.View incident = book.view(id);
        model.addAttribute("incident", incident);
        model.addAttribute("canWrite", parts.access().canWrite(incident.data().unit()));
    }

    @Override
    protected BorderIncidentData blank() {
        return blank(Map.of());
    }

    @Override
    protected BorderIncidentData blank(Map<String, String> query) {
        return new BorderIncidentData(null, null, null, book.ownUnit(), query.get("gate"), null, "", null, null);
    }

    /** The gates the user may see, by name with their unit. */
    @Override
    protected void formModel(Model model) {
        model.addAttribute(
                "gateOptions",
                gates.inScope(parts.access().readable()).stream()
                        .map(g -> new Inputs.Option(
                                g.ref(),
                                g.name() + " (" + unitNames.label(g.unit()) + ")",
                                Text.foldAll(g.name(), g.counterpart(), unitNames.label(g.unit())),
                                String.valueOf(g.id())))
                        .toList());
    }
}
