package vn.doingoai.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.CurrencySum;
import vn.doingoai.period.Period;
import vn.doingoai.report.ChartSource;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;
import vn.doingoai.unit.UnitScope;

/**
 * The {@code aid.*} figures and the committed-against-disbursed chart, with aggregate queries:
 * transactions are summed per (type, currency, date) in the database and converted to USD here,
 * each group at the rate of its own date.
 */
@Component
class AidFigures extends SqlFigureSource implements ChartSource {

    /** The item's dates overlap the period (for a figure query: the span of its periods). */
    private static final String ACTIVE = "a.start_date <= :to and (a.end_date is null or a.end_date >= :from)";

    AidFigures() {
        super("USD");
    }

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        // Items whose dates overlap each period, per donor: the active items and their donors.
        query.select("aid_item a", "a.unit_code")
                .groupBy("a.donor_id")
                .sum(
                        "items",
                        i -> "a.start_date <= " + FigureQuery.end(i) + " and (a.end_date is null or a.end_date >= :from"
                                + i + ")",
                        "1")
                .where(ACTIVE)
                .read(jdbc, row -> {
                    long items = row.count("items");
                    tally.add(row, "aid.items.active", items);
                    if (row.value("donor_id") != null && items > 0) {
                        tally.addDistinct(row, "aid.donors.active", row.value("donor_id"));
                    }
                });
        // New items: their first commitment lies in the period.
        query.select("aid_item a", "a.unit_code")
                .sumIn("items", "a.first_commitment", "1")
                .where("a.first_commitment between :from and :to")
                .read(jdbc, row -> tally.add(row, "aid.items.new", row.count("items")));
        // The transactions of the items in scope (no join for the whole country as one: H2 would start from the items).
        String transactions = query.units().all() && !query.grouped()
                ? "aid_transaction t"
                : "aid_transaction t join aid_item a on a.id = t.aid_item_id";
        query.select(transactions, "a.unit_code")
                .groupBy("t.type")
                .perCurrency("t.currency", "t.tx_date", "USD")
                .sumIn("amount", "t.tx_date", "t.amount")
                .where("t.tx_date between :from and :to")
                .read(
                        jdbc,
                        row -> tally.addMoney(
                                row,
                                "COMMITMENT".equals(row.text("type")) ? "aid.committed" : "aid.disbursed",
                                row.sum("amount")));

        IntFunction<String> list = c -> "/aid?" + query.listParams(c);
        tally.put(figures, "aid.items.active", "ITEMS", list);
        tally.put(figures, "aid.items.new", "ITEMS", c -> list.apply(c) + "&firstCommitment=true");
        tally.put(figures, "aid.donors.active", "PARTNERS", list);
        tally.put(figures, "aid.committed", "USD", list);
        tally.put(figures, "aid.disbursed", "USD", list);
    }

    /** Committed and disbursed in USD by month of the year. */
    @Override
    public List<Chart> charts(UnitScope units, int year) {
        CurrencyConverter rates = converter().snapshot();
        Map<String, Object> params = new FigureQuery(null, units, Period.year(year)).sqlParameters();
        List<CurrencySum> committed = new ArrayList<>();
        List<CurrencySum> disbursed = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            committed.add(CurrencySum.usd(rates));
            disbursed.add(CurrencySum.usd(rates));
        }
        jdbc.query(
                "select t.type, t.currency, t.tx_date, sum(t.amount) from aid_transaction t"
                        + " join aid_item a on a.id = t.aid_item_id where " + units.sqlCondition("a.unit_code")
                        + " and t.tx_date between :from and :to group by t.type, t.currency, t.tx_date",
                params,
                rs -> {
                    LocalDate date = rs.getDate(3).toLocalDate();
                    List<CurrencySum> series = "COMMITMENT".equals(rs.getString(1)) ? committed : disbursed;
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

    private static List<BigDecimal> totals(List<CurrencySum> sums) {
        return sums.stream().map(CurrencySum::total).toList();
    }
}
