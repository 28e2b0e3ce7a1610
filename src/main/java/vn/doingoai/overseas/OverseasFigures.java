package vn.doingoai.overseas;

import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.CurrencySum;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;

/**
 * {@code overseas.donations}: the donations received in the period in USD, summed per (currency,
 * day) in the database and converted here, each at the rate of its own day; an amount whose currency
 * has no rate that day is left out and named in a warning, never counted as 0.
 */
@Component
class OverseasFigures implements FigureSource {

    static final String KEY = "overseas.donations";

    private static final String RATE_DATE = CurrencySum.rateDate("d.currency", "d.received_on", "USD");

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrencyConverter converter;

    OverseasFigures(NamedParameterJdbcTemplate jdbc, CurrencyConverter converter) {
        this.jdbc = jdbc;
        this.converter = converter;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        FigureTally tally = query.tally(converter, "USD");
        query.select("overseas_donation d", "d.unit_code")
                .groupBy("d.currency")
                .groupByAs("rate_date", RATE_DATE)
                .sumIn("amount", "d.received_on", "d.amount")
                .where("d.received_on between :from and :to")
                .read(
                        jdbc,
                        row -> tally.addMoney(
                                row, KEY, row.text("currency"), row.date("rate_date"), row.sum("amount")));
        tally.put(figures, KEY, "USD", c -> "/overseas-donations?" + query.listParams(c));
    }
}
