package vn.doingoai.border;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * The border's figures, counted by the database: {@code border.gates.open} (gates that none of their
 * closures covers on the last day), {@code border.incidents} (incidents dated in the period) and
 * {@code border.incidents.resolved} (of those, resolved by the last day), {@code border.pairs}
 * (friendship pairs established by the last day and not ended by then). A province merged in 2025
 * counts with the province it joined, its records keeping their unit.
 */
@Component
class BorderFigures implements FigureSource {

    /** Gate {@code g} is open on the last day of period {@code i}. */
    static String gateOpen(int i) {
        String day = FigureQuery.end(i);
        return "not exists (select 1 from border_gate_closure c where c.gate_id = g.id and c.closed_from <= " + day
                + " and (c.closed_to is null or c.closed_to >= " + day + "))";
    }

    /** Incident {@code x} dated in period {@code i} was resolved by its last day. */
    static String resolved(int i) {
        return FigureQuery.in("x.incident_date", i) + " and x.resolved_on <= " + FigureQuery.end(i);
    }

    /** Pair {@code p} holds on the last day of period {@code i}. */
    static String pairActive(int i) {
        String day = FigureQuery.end(i);
        return "p.established_on <= " + day + " and (p.ended_on is null or p.ended_on > " + day + ")";
    }

    private final NamedParameterJdbcTemplate jdbc;

    BorderFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        long[][] counts = new long[query.cells()][4]; // gates open, incidents, resolved, pairs
        Map<String, Object> params = query.sqlParameters();
        sum(
                query,
                params,
                counts,
                0,
                "select 1" + query.sums(BorderFigures::gateOpen, "1")
                        + query.unitColumn("g.unit_code") + " from border_gate g where " + query.scope("g.unit_code")
                        + query.groupByUnit("g.unit_code"));
        sum(
                query,
                params,
                counts,
                1,
                "select 1" + query.sumsIn("x.incident_date", "1")
                        + query.sums(BorderFigures::resolved, "1") + query.unitColumn("x.unit_code")
                        + " from border_incident x where " + query.scope("x.unit_code")
                        + " and x.incident_date between :from and :to" + query.groupByUnit("x.unit_code"));
        sum(
                query,
                params,
                counts,
                3,
                "select 1" + query.sums(BorderFigures::pairActive, "1")
                        + query.unitColumn("p.unit_code") + " from friendship_pair p where "
                        + query.scope("p.unit_code")
                        + " and p.established_on <= :to" + query.groupByUnit("p.unit_code"));
        for (int c = 0; c < query.cells(); c++) {
            Figures f = figures.get(c);
            String unit = "unit=" + query.unitOf(c);
            String last = query.periodOf(c).to().toString();
            String incidents = "/border-incidents?" + query.listParams(c);
            f.put("border.gates.open", counts[c][0], "GATES", "/border-gates?" + unit + "&openOn=" + last);
            f.put("border.incidents", counts[c][1], "CASES", incidents);
            f.put("border.incidents.resolved", counts[c][2], "CASES", incidents + "&resolvedBy=" + last);
            f.put("border.pairs", counts[c][3], "PAIRS", "/friendship-pairs?" + unit + "&activeOn=" + last);
        }
    }

    /**
     * Adds a query's sums into the counts from column {@code first}: the query selects, after a first
     * column, {@code n} sums per figure (one per period), then the unit when grouped.
     */
    private void sum(FigureQuery query, Map<String, Object> params, long[][] counts, int first, String sql) {
        int n = query.size();
        jdbc.query(sql, params, rs -> {
            int g = query.group(rs);
            int figuresInRow = (rs.getMetaData().getColumnCount() - 1 - (query.grouped() ? 1 : 0)) / n;
            for (int k = 0; k < figuresInRow; k++) {
                for (int i = 0; i < n; i++) {
                    counts[query.cell(g, i)][first + k] += rs.getLong(2 + k * n + i);
                }
            }
        });
    }
}
