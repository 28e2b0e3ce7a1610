package vn.doingoai.border;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The incidents' list: the columns of its page and Excel export (gates by name), the latest first. */
final class BorderIncidentColumns {

    static final ListColumns<BorderIncidentData> LIST = ListColumns.of(
                    "nav.borderIncidents",
                    "/border-incidents",
                    "vu-viec-bien-gioi.xlsx",
                    i -> "/border-incidents/" + i.id(),
                    List.of(
                            Column.ref(BorderIncidentData::ref),
                            Column.date("border.incident.date", "date", BorderIncidentData::date),
                            Column.text("border.incident.summary", "summary", BorderIncidentData::summary),
                            Column.refs("border.incident.gate", "gate", BorderIncidentData::gate),
                            Column.date("border.incident.resolvedOn", "resolvedOn", BorderIncidentData::resolvedOn),
                            Column.<BorderIncidentData>text(
                                            "border.incident.resolution", null, BorderIncidentData::resolution)
                                    .excelOnly(),
                            Column.unit(BorderIncidentData::unit)))
            .sorted(Sort.by(Sort.Direction.DESC, "date"), Sort.by("date"));

    private BorderIncidentColumns() {}
}
