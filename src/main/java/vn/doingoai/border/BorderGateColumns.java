package vn.doingoai.border;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The gates' list: the columns of its page and Excel export, with each gate's state today, by name. */
final class BorderGateColumns {

    static final ListColumns<BorderGateData> LIST = ListColumns.of(
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
                            Column.unit(BorderGateData::unit)))
            .sorted(Sort.by("name"), Sort.by("name"));

    private BorderGateColumns() {}
}
