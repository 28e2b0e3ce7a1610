package vn.doingoai.border;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.SqlFigureRecords;

/** The gates, incidents and pairs behind the {@code border.*} figures, with the conditions of {@link BorderFigures}. */
@Component
class BorderFigureRecords extends SqlFigureRecords {

    BorderFigureRecords() {
        super(List.of("border.gates.open", "border.incidents", "border.incidents.resolved", "border.pairs"));
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        Map<String, Object> params = query.sqlParameters();
        return switch (key) {
            case "border.gates.open" -> Drill.sum(
                    "GATES",
                    counted(
                            "/border-gates/",
                            "select g.id, g.name, cast(null as date), g.unit_code, g.kind from border_gate g where "
                                    + query.scope("g.unit_code") + " and " + BorderFigures.gateOpen(0)
                                    + " order by g.name, g.id",
                            params,
                            "border.gate.kind."));
            case "border.pairs" -> Drill.sum(
                    "PAIRS",
                    counted(
                            "/friendship-pairs/",
                            "select p.id, coalesce(a.name_vi, a.name), p.established_on, p.unit_code"
                                    + " from friendship_pair p join partner a on a.id = p.partner_id where "
                                    + query.scope("p.unit_code") + " and " + BorderFigures.pairActive(0)
                                    + " order by p.established_on, p.id",
                            params));
            default -> Drill.sum(
                    "CASES",
                    counted(
                            "/border-incidents/",
                            "select x.id, x.summary, x.incident_date, x.unit_code from border_incident x where "
                                    + query.scope("x.unit_code") + " and "
                                    + (key.equals("border.incidents.resolved")
                                            ? BorderFigures.resolved(0)
                                            : FigureQuery.in("x.incident_date", 0))
                                    + " order by x.incident_date, x.id",
                            params));
        };
    }
}
