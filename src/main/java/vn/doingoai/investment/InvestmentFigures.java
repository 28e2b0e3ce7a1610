package vn.doingoai.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.RowCallbackHandler;
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
 * The {@code fdi.*} figures and the capital-by-country chart, with aggregate queries: counts in the
 * database, money summed per (currency, date) there and converted to USD here, each group at the
 * rate of its own date (the registration date for capital, the change's date for a change).
 */
@Component
class InvestmentFigures extends SqlFigureSource implements ChartSource {

    private static final String NEW = "fdi.projects.new";
    private static final String ADJUSTED = "fdi.projects.adjusted";
    private static final String REGISTERED = "fdi.capital.registered";
    private static final String ACTIVE_PROJECTS = "fdi.projects.active";
    private static final String TOTAL = "fdi.capital.total";
    private static final String COUNTRIES = "fdi.countries";

    private static final String ADJUSTMENTS = "investment_adjustment a join investment i on i.id = a.investment_id";

    /** Active on the chart's last day. */
    private static final String ACTIVE = " and " + activeOn(":to");

    InvestmentFigures() {
        super("USD");
    }

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        IntFunction<String> active = i -> activeOn(FigureQuery.end(i));
        // The projects: registered in each period (with their capital), active at its end (likewise).
        query.select("investment i", "i.unit_code")
                .perCurrency("i.capital_currency", "i.registered_on", "USD")
                .sumIn("created", "i.registered_on", "1")
                .sumIn("registered", "i.registered_on", "i.capital_amount")
                .sum("active", active, "1")
                .sum("total", active, "i.capital_amount")
                .where("i.registered_on <= :to")
                .read(jdbc, row -> {
                    tally.add(row, NEW, row.count("created"));
                    tally.addMoney(row, REGISTERED, row.sum("registered"));
                    tally.add(row, ACTIVE_PROJECTS, row.count("active"));
                    tally.addMoney(row, TOTAL, row.sum("total"));
                });
        // The changes of capital: made in each period, and made by its end to a project active then.
        query.select(ADJUSTMENTS, "i.unit_code")
                .perCurrency("a.currency", "a.change_date", "USD")
                .sumIn("registered", "a.change_date", "a.amount")
                .sum("total", i -> active.apply(i) + " and a.change_date <= " + FigureQuery.end(i), "a.amount")
                .where("a.change_date <= :to")
                .read(jdbc, row -> {
                    tally.addMoney(row, REGISTERED, row.sum("registered"));
                    tally.addMoney(row, TOTAL, row.sum("total"));
                });
        // Adjusted: registered before the period, with a change of capital in it (điều chỉnh).
        query.select(ADJUSTMENTS, "i.unit_code")
                .each(
                        "adjusted",
                        i -> "count(distinct case when " + FigureQuery.in("a.change_date", i)
                                + " and i.registered_on < :from" + i + " then i.id end)")
                .where("a.change_date between :from and :to")
                .read(jdbc, row -> tally.add(row, ADJUSTED, row.count("adjusted")));
        // The countries of the projects active at the end of each period.
        query.select("investment i", "i.unit_code")
                .groupBy("i.country")
                .sum("active", active, "1")
                .where("i.country is not null and i.registered_on <= :to")
                .read(jdbc, row -> {
                    if (row.count("active") > 0) {
                        tally.addDistinct(row, COUNTRIES, row.text("country"));
                    }
                });

        IntFunction<String> list = c -> "/investments?" + query.listParams(c);
        IntFunction<String> activeLink = c -> "/investments?unit=" + query.unitOf(c) + "&activeOn="
                + query.periodOf(c).to();
        tally.put(figures, NEW, "PROJECTS", list);
        tally.put(figures, ADJUSTED, "PROJECTS", c -> list.apply(c) + "&adjusted=true");
        tally.put(figures, REGISTERED, "USD", c -> list.apply(c) + "&movement=true");
        tally.put(figures, ACTIVE_PROJECTS, "PROJECTS", activeLink);
        tally.put(figures, TOTAL, "USD", activeLink);
        tally.put(figures, COUNTRIES, "COUNTRIES", activeLink);
    }

    /** A project (alias {@code i}) is active on a day (đang hoạt động): registered by then, not ended by then. */
    private static String activeOn(String day) {
        return "i.registered_on <= " + day + " and (i.ended_on is null or i.ended_on > " + day + ")";
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** The active projects' total capital in USD by country at the end of the year, largest first. */
    @Override
    public List<Chart> charts(UnitScope units, int year) {
        CurrencyConverter rates = converter().snapshot();
        Map<String, Object> params = new FigureQuery(null, units, Period.year(year)).sqlParameters();
        String scope = units.sqlCondition("i.unit_code");
        Map<String, CurrencySum> byCountry = new HashMap<>();
        RowCallbackHandler add = rs -> byCountry
                .computeIfAbsent(rs.getString(1), c -> CurrencySum.usd(rates))
                .add(rs.getString(2), localDate(rs.getDate(3)), rs.getBigDecimal(4));
        jdbc.query(
                "select coalesce(i.country, ''), i.capital_currency, i.registered_on, sum(i.capital_amount)"
                        + " from investment i where " + scope + ACTIVE
                        + " group by i.country, i.capital_currency, i.registered_on",
                params,
                add);
        jdbc.query(
                "select coalesce(i.country, ''), a.currency, a.change_date, sum(a.amount)"
                        + " from investment_adjustment a join investment i on i.id = a.investment_id where " + scope
                        + ACTIVE + " and a.change_date <= :to group by i.country, a.currency, a.change_date",
                params,
                add);
        List<Map.Entry<String, CurrencySum>> sorted = new ArrayList<>(byCountry.entrySet());
        sorted.sort(Comparator.comparing(
                        (Map.Entry<String, CurrencySum> e) -> e.getValue().total())
                .reversed());
        List<String> categories = sorted.stream().map(Map.Entry::getKey).toList();
        List<BigDecimal> values = sorted.stream().map(e -> e.getValue().total()).toList();
        return List.of(new Chart(
                "fdi.capitalByCountry",
                "chart.fdi.capitalByCountry",
                categories,
                List.of(new Series("chart.fdi.capitalUsd", values)),
                Axis.COUNTRIES));
    }
}
