package vn.doingoai.aid;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.UsdSum;
import vn.doingoai.report.ChartSource;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;
import vn.doingoai.unit.UnitScope;

/**
 * The {@code aid.*} figures and the committed-against-disbursed chart, with aggregate queries:
 * transactions are summed per (type, currency, date) in the database and converted to USD here,
 * each group at the rate of its own date.
 */
@Component
class AidFigures implements FigureSource, ChartSource {

    /** The item's dates overlap the period. */
    private static final String ACTIVE = " and a.start_date <= :to and (a.end_date is null or a.end_date >= :from)";

    private static final String TX_DATE = UsdSum.rateDate("t.currency", "t.tx_date");

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrencyConverter converter;

    AidFigures(NamedParameterJdbcTemplate jdbc, CurrencyConverter converter) {
        this.jdbc = jdbc;
        this.converter = converter;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, Figures figures) {
        CurrencyConverter rates = converter.snapshot();
        MapSqlParameterSource params = params(query.units(), query.from(), query.to());
        String scope = query.units().sqlCondition("a.unit_code");
        String list = "/aid?" + query.listParams();

        long active = count("select count(*) from aid_item a where " + scope + ACTIVE, params);
        long donors = count("select count(distinct a.donor_id) from aid_item a where " + scope + ACTIVE, params);
        // New items: a commitment in the period and none before it (the first commitment is in it).
        long created = count(
                "select count(distinct t.aid_item_id) from aid_transaction t join aid_item a on a.id = t.aid_item_id"
                        + " where " + scope + " and t.type = 'COMMITMENT' and t.tx_date between :from and :to"
                        + " and not exists (select 1 from aid_transaction p where p.aid_item_id = t.aid_item_id"
                        + " and p.type = 'COMMITMENT' and p.tx_date < :from)",
                params);
        UsdSum committed = new UsdSum(rates);
        UsdSum disbursed = new UsdSum(rates);
        jdbc.query(
                "select t.type, t.currency, " + TX_DATE + ", sum(t.amount) from aid_transaction t"
                        + " join aid_item a on a.id = t.aid_item_id where " + scope
                        + " and t.tx_date between :from and :to group by t.type, t.currency, " + TX_DATE,
                params,
                rs -> {
                    UsdSum sum = "COMMITMENT".equals(rs.getString(1)) ? committed : disbursed;
                    java.sql.Date date = rs.getDate(3);
                    sum.add(rs.getString(2), date == null ? null : date.toLocalDate(), rs.getBigDecimal(4));
                });

        figures.put("aid.items.active", active, "ITEMS", list);
        figures.put("aid.items.new", created, "ITEMS", list + "&firstCommitment=true");
        figures.put("aid.donors.active", donors, "PARTNERS", list);
        figures.put("aid.committed", committed.total(), "USD", list);
        figures.put("aid.disbursed", disbursed.total(), "USD", list);
        committed.missing().forEach(g -> figures.warn(UsdSum.warning("aid.committed", g)));
        disbursed.missing().forEach(g -> figures.warn(UsdSum.warning("aid.disbursed", g)));
    }

    /** Committed and disbursed in USD by month of the year. */
    @Override
    @Transactional(readOnly = true)
    public List<Chart> charts(UnitScope units, int year) {
        CurrencyConverter rates = converter.snapshot();
        MapSqlParameterSource params = params(units, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<UsdSum> committed = new ArrayList<>();
        List<UsdSum> disbursed = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            committed.add(new UsdSum(rates));
            disbursed.add(new UsdSum(rates));
        }
        jdbc.query(
                "select t.type, t.currency, t.tx_date, sum(t.amount) from aid_transaction t"
                        + " join aid_item a on a.id = t.aid_item_id where " + units.sqlCondition("a.unit_code")
                        + " and t.tx_date between :from and :to group by t.type, t.currency, t.tx_date",
                params,
                rs -> {
                    LocalDate date = rs.getDate(3).toLocalDate();
                    List<UsdSum> series = "COMMITMENT".equals(rs.getString(1)) ? committed : disbursed;
                    series.get(date.getMonthValue() - 1).add(rs.getString(2), date, rs.getBigDecimal(4));
                });
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Integer.toString(m));
        }
        return List.of(new Chart(
                "aid.committedDisbursed",
                "chart.aid.committedDisbursed",
                months,
                List.of(
                        new Series("chart.aid.committed", totals(committed)),
                        new Series("chart.aid.disbursed", totals(disbursed)))));
    }

    private static List<BigDecimal> totals(List<UsdSum> sums) {
        return sums.stream().map(UsdSum::total).toList();
    }

    private static MapSqlParameterSource params(UnitScope units, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource()
                .addValue("units", units.codesForQuery())
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to));
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject(sql, params, Long.class);
        return n == null ? 0 : n;
    }
}
