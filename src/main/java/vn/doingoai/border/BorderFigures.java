package vn.doingoai.border;

import java.util.List;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;

/**
 * The border's figures, counted by the database: {@code border.gates.open} (gates that none of their
 * closures covers on the last day), {@code border.incidents} (incidents dated in the period) and
 * {@code border.incidents.resolved} (of those, resolved by the last day), {@code border.pairs}
 * (friendship pairs established by the last day and not ended by then). A province merged in 2025
 * counts with the province it joined, its records keeping their unit.
 */
@Component
class BorderFigures extends SqlFigureSource {

    static final String GATES_OPEN = "border.gates.open";
    static final String INCIDENTS = "border.incidents";
    static final String RESOLVED = "border.incidents.resolved";
    static final String PAIRS = "border.pairs";

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

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        query.select("border_gate g", "g.unit_code")
                .sum("open", BorderFigures::gateOpen, "1")
                .read(jdbc, row -> tally.add(row, GATES_OPEN, row.count("open")));
        query.select("border_incident x", "x.unit_code")
                .sumIn("incidents", "x.incident_date", "1")
                .sum("resolved", BorderFigures::resolved, "1")
                .where("x.incident_date between :from and :to")
                .read(jdbc, row -> {
                    tally.add(row, INCIDENTS, row.count("incidents"));
                    tally.add(row, RESOLVED, row.count("resolved"));
                });
        query.select("friendship_pair p", "p.unit_code")
                .sum("active", BorderFigures::pairActive, "1")
                .where("p.established_on <= :to")
                .read(jdbc, row -> tally.add(row, PAIRS, row.count("active")));
        IntFunction<String> incidents = c -> "/border-incidents?" + query.listParams(c);
        tally.put(figures, GATES_OPEN, "GATES", c -> "/border-gates?" + on(query, c, "openOn"));
        tally.put(figures, INCIDENTS, "CASES", incidents);
        tally.put(
                figures,
                RESOLVED,
                "CASES",
                c -> incidents.apply(c) + "&resolvedBy=" + query.periodOf(c).to());
        tally.put(figures, PAIRS, "PAIRS", c -> "/friendship-pairs?" + on(query, c, "activeOn"));
    }

    /** {@code unit=...&<parameter>=<the last day of the cell's period>}. */
    private static String on(FigureQuery query, int cell, String parameter) {
        return "unit=" + query.unitOf(cell) + "&" + parameter + "="
                + query.periodOf(cell).to();
    }
}
