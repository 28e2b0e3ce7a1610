package vn.doingoai.consular;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;

/**
 * The consular figures of a report, by aggregate queries over all the periods at once: persons
 * approved and received by the approvals decided in the period, press visits starting in it,
 * protection cases opened in it, persons supported and the amounts paid in it (VND summed in the
 * database; other currencies summed per currency and date and converted to VND at the rate of that
 * date, left out with a warning where there is no rate).
 */
@Component
class ConsularFigures extends SqlFigureSource {

    static final String SUPPORT_AMOUNT = "consular.citizens.supportAmount";

    ConsularFigures() {
        super("VND");
    }

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        query.select("entry_approval e", "e.unit_code")
                .sumIn("approved", "e.decided_on", "e.approved")
                .sumIn("received", "e.decided_on", "e.received")
                .where("e.decided_on between :from and :to")
                .read(jdbc, row -> {
                    tally.add(row, "consular.entries.approved", row.count("approved"));
                    tally.add(row, "consular.entries.received", row.count("received"));
                });
        countDated(query, tally, "consular.press.visits", "press_visit v", "v.start_date");
        countDated(query, tally, "consular.protection.cases", "protection_case c", "c.opened_on");
        query.select("citizen_support s", "s.unit_code")
                .perCurrency("s.currency", "s.paid_on", "VND")
                .sumIn("persons", "s.paid_on", "s.persons")
                .sumIn("amount", "s.paid_on", "s.amount")
                .where("s.paid_on between :from and :to")
                .read(jdbc, row -> {
                    tally.add(row, "consular.citizens.supported", row.count("persons"));
                    tally.addMoney(row, SUPPORT_AMOUNT, row.sum("amount"));
                });

        tally.put(figures, "consular.entries.approved", "PERSONS", c -> link(query, c, "entry-approvals"));
        tally.put(figures, "consular.entries.received", "PERSONS", c -> link(query, c, "entry-approvals"));
        tally.put(figures, "consular.citizens.supported", "PERSONS", c -> link(query, c, "citizen-support"));
        tally.put(figures, SUPPORT_AMOUNT, "VND", c -> link(query, c, "citizen-support"));
        tally.put(figures, "consular.press.visits", "VISITS", c -> link(query, c, "press-visits"));
        tally.put(figures, "consular.protection.cases", "CASES", c -> link(query, c, "protection-cases"));
    }

    private static String link(FigureQuery query, int cell, String list) {
        return "/consular/" + list + "?" + query.listParams(cell);
    }
}
