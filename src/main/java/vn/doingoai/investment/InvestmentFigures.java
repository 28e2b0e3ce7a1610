package vn.doingoai.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.RowCallbackHandler;
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
 * The {@code fdi.*} figures and the capital-by-country chart, with aggregate queries: counts in the
 * database, money summed per (currency, date) there and converted to USD here, each group at the
 * rate of its own date (the registration date for capital, the change's date for a change).
 */
@Component
class InvestmentFigures implements FigureSource, ChartSource {

    private static final String CAPITAL_DATE = UsdSum.rateDate("i.capital_currency", "i.registered_on");
    private static final String CHANGE_DATE = UsdSum.rateDate("a.currency", "a.change_date");

    /** Active on the chart's last day. */
    private static final String ACTIVE = " and " + activeOn(":to");

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrencyConverter converter;

    InvestmentFigures(NamedParameterJdbcTemplate jdbc, CurrencyConverter converter) {
        this.jdbc = jdbc;
        this.converter = converter;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        int n = query.size();
        int cells = query.cells();
        Map<String, Object> params = query.sqlParameters();
        String scope = query.scope("i.unit_code");
        String unit = query.unitColumn("i.unit_code");
        IntFunction<String> active = i -> activeOn(FigureQuery.end(i));
        CurrencyConverter rates = converter.snapshot();
        long[] created = new long[cells];
        long[] activeCount = new long[cells];
        List<UsdSum> registered = new ArrayList<>();
        List<UsdSum> total = new ArrayList<>();
        List<Set<String>> countries = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            registered.add(new UsdSum(rates));
            total.add(new UsdSum(rates));
            countries.add(new HashSet<>());
        }
        // The projects: registered in each period (with their capital), active at its end (likewise).
        jdbc.query(
                "select i.capital_currency, " + CAPITAL_DATE + query.sumsIn("i.registered_on", "1")
                        + query.sumsIn("i.registered_on", "i.capital_amount") + query.sums(active, "1")
                        + query.sums(active, "i.capital_amount") + unit + " from investment i where " + scope
                        + " and i.registered_on <= :to group by i.capital_currency, " + CAPITAL_DATE + unit,
                params,
                rs -> {
                    int g = query.group(rs);
                    String currency = rs.getString(1);
                    LocalDate date = localDate(rs.getDate(2));
                    for (int i = 0; i < n; i++) {
                        int c = query.cell(g, i);
                        created[c] += rs.getLong(3 + i);
                        registered.get(c).add(currency, date, rs.getBigDecimal(3 + n + i));
                        activeCount[c] += rs.getLong(3 + 2 * n + i);
                        total.get(c).add(currency, date, rs.getBigDecimal(3 + 3 * n + i));
                    }
                });
        // The changes of capital: made in each period, and made by its end to a project active then.
        jdbc.query(
                "select a.currency, " + CHANGE_DATE + query.sumsIn("a.change_date", "a.amount")
                        + query.sums(i -> active.apply(i) + " and a.change_date <= " + FigureQuery.end(i), "a.amount")
                        + unit + " from investment_adjustment a join investment i on i.id = a.investment_id where "
                        + scope + " and a.change_date <= :to group by a.currency, " + CHANGE_DATE + unit,
                params,
                rs -> {
                    int g = query.group(rs);
                    String currency = rs.getString(1);
                    LocalDate date = localDate(rs.getDate(2));
                    for (int i = 0; i < n; i++) {
                        registered.get(query.cell(g, i)).add(currency, date, rs.getBigDecimal(3 + i));
                        total.get(query.cell(g, i)).add(currency, date, rs.getBigDecimal(3 + n + i));
                    }
                });
        // Adjusted: registered before the period, with a change of capital in it (điều chỉnh).
        long[] adjusted = new long[cells];
        StringBuilder distinct = new StringBuilder("select 1");
        for (int i = 0; i < n; i++) {
            distinct.append(", count(distinct case when ")
                    .append(FigureQuery.in("a.change_date", i))
                    .append(" and i.registered_on < :from")
                    .append(i)
                    .append(" then i.id end)");
        }
        jdbc.query(
                distinct + unit + " from investment_adjustment a join investment i on i.id = a.investment_id where "
                        + scope + " and a.change_date between :from and :to" + query.groupByUnit("i.unit_code"),
                params,
                rs -> {
                    int g = query.group(rs);
                    for (int i = 0; i < n; i++) {
                        adjusted[query.cell(g, i)] += rs.getLong(2 + i);
                    }
                });
        // The countries of the projects active at the end of each period.
        jdbc.query(
                "select i.country" + query.sums(active, "1") + unit + " from investment i where " + scope
                        + " and i.country is not null and i.registered_on <= :to group by i.country" + unit,
                params,
                rs -> {
                    int g = query.group(rs);
                    for (int i = 0; i < n; i++) {
                        if (rs.getLong(2 + i) > 0) {
                            countries.get(query.cell(g, i)).add(rs.getString(1));
                        }
                    }
                });

        for (int c = 0; c < cells; c++) {
            String list = "/investments?" + query.listParams(c);
            String activeLink = "/investments?unit=" + query.unitOf(c) + "&activeOn="
                    + query.periodOf(c).to();
            Figures f = figures.get(c);
            f.put("fdi.projects.new", created[c], "PROJECTS", list);
            f.put("fdi.projects.adjusted", adjusted[c], "PROJECTS", list + "&adjusted=true");
            f.put("fdi.capital.registered", registered.get(c).total(), "USD", list + "&movement=true");
            f.put("fdi.projects.active", activeCount[c], "PROJECTS", activeLink);
            f.put("fdi.capital.total", total.get(c).total(), "USD", activeLink);
            f.put("fdi.countries", countries.get(c).size(), "COUNTRIES", activeLink);
            registered.get(c).missing().forEach(m -> f.warn(UsdSum.warning("fdi.capital.registered", m)));
            total.get(c).missing().forEach(m -> f.warn(UsdSum.warning("fdi.capital.total", m)));
        }
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
    @Transactional(readOnly = true)
    public List<Chart> charts(UnitScope units, int year) {
        CurrencyConverter rates = converter.snapshot();
        Map<String, Object> params = new FigureQuery(null, units, Period.year(year)).sqlParameters();
        String scope = units.sqlCondition("i.unit_code");
        Map<String, UsdSum> byCountry = new HashMap<>();
        RowCallbackHandler add = rs -> byCountry
                .computeIfAbsent(rs.getString(1), c -> new UsdSum(rates))
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
        List<Map.Entry<String, UsdSum>> sorted = new ArrayList<>(byCountry.entrySet());
        sorted.sort(Comparator.comparing(
                        (Map.Entry<String, UsdSum> e) -> e.getValue().total())
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
