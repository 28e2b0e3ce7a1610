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

    static final ListColumns<BorderIncidents.View> INCIDENTS = ListColumns.of(
            "nav.borderIncidents",
            "/border-incidents",
            "vu-viec-bien-gioi.xlsx",
            i -> "/border-incidents/" + i.data().id(),
            List.of(
                    Column.ref(i -> i.data().ref()),
                    Column.date("border.incident.date", "date", i -> i.data().date()),
                    Column.text(
                            "border.incident.summary", "summary", i -> i.data().summary()),
                    Column.text("border.incident.gate", null, BorderIncidents.View::gateName),
                    Column.date("border.incident.resolvedOn", "resolvedOn", i -> i.data()
                            .resolvedOn()),
                    Column.<BorderIncidents.View>text("border.incident.resolution", null, i -> i.data()
                                    .resolution())
                            .excelOnly(),
                    Column.unit(i -> i.data().unit())));

    private BorderColumns() {}
}
