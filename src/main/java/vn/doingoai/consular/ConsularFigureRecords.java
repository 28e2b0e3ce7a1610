package vn.doingoai.consular;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.SqlFigureRecords;

/**
 * The consular records behind the {@code consular.*} figures, with the conditions of {@link
 * ConsularFigures}: the approvals decided in the period with their persons, the support paid in it
 * with its persons or its amount, the press visits starting in it, the cases opened in it.
 */
@Component
class ConsularFigureRecords extends SqlFigureRecords {

    ConsularFigureRecords() {
        super(List.of(
                "consular.entries.approved",
                "consular.entries.received",
                "consular.citizens.supported",
                "consular.citizens.supportAmount",
                "consular.press.visits",
                "consular.protection.cases"));
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        Map<String, Object> params = query.sqlParameters();
        return switch (key) {
            case "consular.entries.approved", "consular.entries.received" -> Drill.sum(
                    "PERSONS",
                    adding(
                            "/consular/entry-approvals/",
                            "select e.id, coalesce(e.decision_number, e.ref), e.decided_on, e.unit_code,"
                                    + (key.endsWith("approved") ? " e.approved" : " e.received")
                                    + " from entry_approval e where " + query.scope("e.unit_code") + " and "
                                    + FigureQuery.in("e.decided_on", 0) + " order by e.decided_on, e.id",
                            params));
            case "consular.citizens.supported", "consular.citizens.supportAmount" -> {
                String select = "select s.id, coalesce(s.programme, s.ref), s.paid_on, s.unit_code, "
                        + (key.endsWith("Amount") ? "s.amount, s.currency" : "s.persons")
                        + " from citizen_support s where " + query.scope("s.unit_code") + " and "
                        + FigureQuery.in("s.paid_on", 0) + " order by s.paid_on, s.id";
                yield key.endsWith("Amount")
                        ? Drill.sum("VND", paying("/consular/citizen-support/", select, params, null))
                        : Drill.sum("PERSONS", adding("/consular/citizen-support/", select, params));
            }
            case "consular.press.visits" -> Drill.sum(
                    "VISITS",
                    counted(
                            "/consular/press-visits/",
                            "select v.id, coalesce(v.agency, v.ref), v.start_date, v.unit_code from press_visit v where "
                                    + query.scope("v.unit_code") + " and " + FigureQuery.in("v.start_date", 0)
                                    + " order by v.start_date, v.id",
                            params));
            default -> Drill.sum(
                    "CASES",
                    counted(
                                    "/consular/protection-cases/",
                                    "select c.id, coalesce(c.summary, c.ref), c.opened_on, c.unit_code"
                                            + " from protection_case c where " + query.scope("c.unit_code") + " and "
                                            + FigureQuery.in("c.opened_on", 0) + " order by c.opened_on, c.id",
                                    params)
                            .stream()
                            .map(l -> l.withTitle(shorten(l.title())))
                            .toList());
        };
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
