package vn.doingoai.border;

import java.time.LocalDate;
import java.util.List;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The border's lists: the columns of their pages and Excel exports. */
final class BorderColumns {

    static final ListColumns<BorderGateData> GATES = ListColumns.of(
            "nav.borderGates",
            "/border-gates",
            "cua-khau.xlsx",
            g -> "/border-gates/" + g.id(),
            List.of(
                    Column.ref(BorderGateData::ref),
                    Column.text("border.gate.name", "name", BorderGateData::name),
                    Column.label("border.gate.kind", "kind", "border.gate.kind", BorderGateData::kind),
                    Column.country("common.country", "country", BorderGateData::country),
                    Column.text("border.gate.counterpart", "counterpart", BorderGateData::counterpart),
                    Column.label(
                            "border.gate.today",
                            null,
                            "border.gate.state",
                            g -> g.openOn(LocalDate.now()) ? "OPEN" : "CLOSED"),
                    Column.unit(BorderGateData::unit)));

    private BorderColumns() {}
}
