package vn.doingoai.overseas;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.UsdSum;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * {@code overseas.donations}: the donations received in the period in USD, summed per (currency,
 * day) in the database and converted here, each at the rate of its own day; an amount whose currency
 * has no rate that day is left out and named in a warning, never counted as 0.
 */
@Component
class OverseasFigures implements FigureSource {

    static final String KEY = "overseas.donations";

    private static final String RATE_DATE = UsdSum.rateDate("d.currency", "d.received_on");

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrencyConverter converter;

    OverseasFigures(NamedParameterJdbcTemplate jdbc, CurrencyConverter converter) {
        this.jdbc = jdbc;
        this.converter = converter;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        int n = query.size();
        CurrencyConverter rates = converter.snapshot();
        List<UsdSum> sums = new ArrayList<>();
        for (int c = 0; c < query.cells(); c++) {
            sums.add(new UsdSum(rates));
        }
        String unit = query.unitColumn("d.unit_code");
        jdbc.query(
                "select d.currency, " + RATE_DATE + query.sumsIn("d.received_on", "d.amount") + unit
                        + " from overseas_donation d where " + query.scope("d.unit_code")
                        + " and d.received_on between :from and :to group by d.currency, " + RATE_DATE + unit,
                query.sqlParameters(),
                rs -> {
                    int g = query.group(rs);
                    java.sql.Date date = rs.getDate(2);
                    for (int i = 0; i < n; i++) {
                        sums.get(query.cell(g, i))
                                .add(
                                        rs.getString(1),
                                        date == null ? null : date.toLocalDate(),
                                        rs.getBigDecimal(3 + i));
                    }
                });
        for (int c = 0; c < query.cells(); c++) {
            Figures f = figures.get(c);
            f.put(KEY, sums.get(c).total(), "USD", "/overseas-donations?" + query.listParams(c));
            sums.get(c).missing().forEach(m -> f.warn(UsdSum.warning(KEY, m)));
        }
    }
}
