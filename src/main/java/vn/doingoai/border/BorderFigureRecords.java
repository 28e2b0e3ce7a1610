package vn.doingoai.border;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;

/** The gates, incidents and pairs behind the {@code border.*} figures, with the conditions of {@link BorderFigures}. */
@Component
class BorderFigureRecords implements FigureRecords {

    private final NamedParameterJdbcTemplate jdbc;

    BorderFigureRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> keys() {
        return Set.of("border.gates.open", "border.incidents", "border.incidents.resolved", "border.pairs");
    }

    @Override
    @Transactional(readOnly = true)
    public Drill records(String key, FigureQuery query) {
        Map<String, Object> params = query.sqlParameters();
        return switch (key) {
            case "border.gates.open" -> Drill.sum(
                    "GATES",
                    jdbc.query(
                            "select g.id, g.name, g.unit_code, g.kind from border_gate g where "
                                    + query.scope("g.unit_code") + " and " + BorderFigures.gateOpen(0)
                                    + " order by g.name, g.id",
                            params,
                            (rs, n) -> Line.counted(
                                            rs.getString(2), "/border-gates/" + rs.getLong(1), null, rs.getString(3))
                                    .withNote("border.gate.kind." + rs.getString(4))));
            case "border.pairs" -> Drill.sum(
                    "PAIRS",
                    jdbc.query(
                            "select p.id, coalesce(a.name_vi, a.name), p.established_on, p.unit_code"
                                    + " from friendship_pair p join partner a on a.id = p.partner_id where "
                                    + query.scope("p.unit_code") + " and " + BorderFigures.pairActive(0)
                                    + " order by p.established_on, p.id",
                            params,
                            (rs, n) -> Line.counted(
                                    rs.getString(2),
                                    "/friendship-pairs/" + rs.getLong(1),
                                    rs.getDate(3).toLocalDate(),
                                    rs.getString(4))));
            default -> Drill.sum(
                    "CASES",
                    jdbc.query(
                            "select x.id, x.summary, x.incident_date, x.unit_code from border_incident x where "
                                    + query.scope("x.unit_code") + " and "
                                    + (key.equals("border.incidents.resolved")
                                            ? BorderFigures.resolved(0)
                                            : FigureQuery.in("x.incident_date", 0))
                                    + " order by x.incident_date, x.id",
                            params,
                            (rs, n) -> Line.counted(
                                    rs.getString(2),
                                    "/border-incidents/" + rs.getLong(1),
                                    rs.getDate(3).toLocalDate(),
                                    rs.getString(4))));
        };
    }
}
