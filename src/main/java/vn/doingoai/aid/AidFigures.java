package vn.doingoai.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.UsdSum;
import vn.doingoai.period.Period;
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

    /** The item's dates overlap the period (for a figure query: the span of its periods). */
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
    public void contribute(FigureQuery query, List<Figures> figures) {
        int n = query.size();
        int cells = query.cells();
        Map<String, Object> params = query.sqlParameters();
        String scope = query.scope("a.unit_code");
        String unit = query.unitColumn("a.unit_code");
        // The transactions of the items in scope (no join for the whole country as one: H2 would start from the items).
        String transactions = query.units().all() && !query.grouped()
                ? "aid_transaction t"
                : "aid_transaction t join aid_item a on a.id = t.aid_item_id";

        // Items whose dates overlap each period, per donor: the active items and their donors.
        long[] active = new long[cells];
        List<Set<Object>> donors = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            donors.add(new HashSet<>());
        }
        jdbc.query(
                "select a.donor_id"
                        + query.sums(
                                i -> "a.start_date <= " + FigureQuery.end(i)
                                        + " and (a.end_date is null or a.end_date >= :from" + i + ")",
                                "1")
                        + unit + " from aid_item a where " + scope + ACTIVE + " group by a.donor_id" + unit,
                params,
                rs -> {
                    int g = query.group(rs);
                    Object donor = rs.getObject(1);
                    for (int i = 0; i < n; i++) {
                        long items = rs.getLong(2 + i);
                        active[query.cell(g, i)] += items;
                        if (donor != null && items > 0) {
                            donors.get(query.cell(g, i)).add(donor);
                        }
                    }
                });
        // New items: their first commitment lies in the period.
        long[] created = new long[cells];
        jdbc.query(
                "select 1" + query.sumsIn("a.first_commitment", "1") + unit + " from aid_item a where " + scope
                        + " and a.first_commitment between :from and :to" + query.groupByUnit("a.unit_code"),
                params,
                rs -> {
                    int g = query.group(rs);
                    for (int i = 0; i < n; i++) {
                        created[query.cell(g, i)] += rs.getLong(2 + i);
                    }
                });
        CurrencyConverter rates = converter.snapshot();
        List<UsdSum> committed = new ArrayList<>();
        List<UsdSum> disbursed = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            committed.add(new UsdSum(rates));
            disbursed.add(new UsdSum(rates));
        }
        jdbc.query(
                "select t.type, t.currency, " + TX_DATE + query.sumsIn("t.tx_date", "t.amount") + unit + " from "
                        + transactions + " where " + scope + " and t.tx_date between :from and :to"
                        + " group by t.type, t.currency, " + TX_DATE + unit,
                params,
                rs -> {
                    int g = query.group(rs);
                    List<UsdSum> sums = "COMMITMENT".equals(rs.getString(1)) ? committed : disbursed;
                    java.sql.Date date = rs.getDate(3);
                    for (int i = 0; i < n; i++) {
                        sums.get(query.cell(g, i))
                                .add(
                                        rs.getString(2),
                                        date == null ? null : date.toLocalDate(),
                                        rs.getBigDecimal(4 + i));
                    }
                });

        for (int c = 0; c < cells; c++) {
            String list = "/aid?" + query.listParams(c);
            Figures f = figures.get(c);
            f.put("aid.items.active", active[c], "ITEMS", list);
            f.put("aid.items.new", created[c], "ITEMS", list + "&firstCommitment=true");
            f.put("aid.donors.active", donors.get(c).size(), "PARTNERS", list);
            f.put("aid.committed", committed.get(c).total(), "USD", list);
            f.put("aid.disbursed", disbursed.get(c).total(), "USD", list);
            committed.get(c).missing().forEach(m -> f.warn(UsdSum.warning("aid.committed", m)));
            disbursed.get(c).missing().forEach(m -> f.warn(UsdSum.warning("aid.disbursed", m)));
        }
    }

    /** Committed and disbursed in USD by month of the year. */
    @Override
    @Transactional(readOnly = true)
    public List<Chart> charts(UnitScope units, int year) {
        CurrencyConverter rates = converter.snapshot();
        Map<String, Object> params = new FigureQuery(null, units, Period.year(year)).sqlParameters();
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
                        new Series("chart.aid.disbursed", totals(disbursed))),
                Axis.MONTHS));
    }

    private static List<BigDecimal> totals(List<UsdSum> sums) {
        return sums.stream().map(UsdSum::total).toList();
    }
}
