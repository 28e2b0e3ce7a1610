package vn.doingoai.overseas;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;

/**
 * {@code overseas.donations}: the donations received in the period in USD, summed per (currency,
 * day) in the database and converted here, each at the rate of its own day; an amount whose currency
 * has no rate that day is left out and named in a warning, never counted as 0.
 */
@Component
class OverseasFigures extends SqlFigureSource {

    static final String KEY = "overseas.donations";

    OverseasFigures() {
        super("USD");
    }

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        query.select("overseas_donation d", "d.unit_code")
                .perCurrency("d.currency", "d.received_on", "USD")
                .sumIn("amount", "d.received_on", "d.amount")
                .where("d.received_on between :from and :to")
                .read(jdbc, row -> tally.addMoney(row, KEY, row.sum("amount")));
        tally.put(figures, KEY, "USD", c -> "/overseas-donations?" + query.listParams(c));
    }
}
