package vn.doingoai.investment;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The {@code fdi.*} figures and the capital-by-country chart, with aggregate queries: counts in the
 * database, money summed per (currency, date) there and converted to USD here, each group at the
 * rate of its own date (the registration date for capital, the change's date for a change).
 */
@Component
class InvestmentFigures implements FigureSource, ChartSource {

    private static final String CAPITAL_DATE = UsdSum.rateDate("i.capital_currency", "i.registered_on");
    private static final String CHANGE_DATE = UsdSum.rateDate("a.currency", "a.change_date");

    /** Registered by the last day and not ended by then. */
    private static final String ACTIVE = " and i.registered_on <= :to and (i.ended_on is null or i.ended_on > :to)";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrencyConverter converter;

    InvestmentFigures(NamedParameterJdbcTemplate jdbc, CurrencyConverter converter) {
        this.jdbc = jdbc;
        this.converter = converter;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, Figures figures) {
        CurrencyConverter rates = converter.snapshot();
        MapSqlParameterSource params = params(query.units(), query.from(), query.to());
        String scope = query.units().sqlCondition("i.unit_code");
        String list = "/investments?" + query.listParams();

        long created = count(
                "select count(*) from investment i where " + scope + " and i.registered_on between :from and :to",
                params);
        long adjusted = count(
                "select count(*) from investment i where " + scope
                        + " and i.registered_on < :from and exists (select 1 from investment_adjustment a"
                        + " where a.investment_id = i.id and a.change_date between :from and :to)",
                params);
        UsdSum registered = new UsdSum(rates);
        groups(
                "select i.capital_currency, " + CAPITAL_DATE + ", sum(i.capital_amount) from investment i where "
                        + scope + " and i.registered_on between :from and :to group by i.capital_currency, "
                        + CAPITAL_DATE,
                params,
                registered);
        groups(
                "select a.currency, " + CHANGE_DATE + ", sum(a.amount) from investment_adjustment a"
                        + " join investment i on i.id = a.investment_id where " + scope
                        + " and a.change_date between :from and :to group by a.currency, " + CHANGE_DATE,
                params,
                registered);

        long active = count("select count(*) from investment i where " + scope + ACTIVE, params);
        long countries = count("select count(distinct i.country) from investment i where " + scope + ACTIVE, params);
        UsdSum total = new UsdSum(rates);
        groups(
                "select i.capital_currency, " + CAPITAL_DATE + ", sum(i.capital_amount) from investment i where "
                        + scope + ACTIVE + " group by i.capital_currency, " + CAPITAL_DATE,
                params,
                total);
        groups(
                "select a.currency, " + CHANGE_DATE + ", sum(a.amount) from investment_adjustment a"
                        + " join investment i on i.id = a.investment_id where " + scope + ACTIVE
                        + " and a.change_date <= :to group by a.currency, " + CHANGE_DATE,
                params,
                total);

        figures.put("fdi.projects.new", created, "PROJECTS", list);
        figures.put("fdi.projects.adjusted", adjusted, "PROJECTS", list + "&adjusted=true");
        figures.put("fdi.capital.registered", registered.total(), "USD", list + "&movement=true");
        figures.put("fdi.projects.active", active, "PROJECTS", activeLink(query));
        figures.put("fdi.capital.total", total.total(), "USD", activeLink(query));
        figures.put("fdi.countries", countries, "COUNTRIES", activeLink(query));
        registered.missing().forEach(g -> figures.warn(UsdSum.warning("fdi.capital.registered", g)));
        total.missing().forEach(g -> figures.warn(UsdSum.warning("fdi.capital.total", g)));
    }

    private static String activeLink(FigureQuery query) {
        return "/investments?unit=" + query.unit() + "&activeOn=" + query.to();
    }

    /** The active projects' total capital in USD by country at the end of the year, largest first. */
    @Override
    @Transactional(readOnly = true)
    public List<Chart> charts(UnitScope units, int year) {
        CurrencyConverter rates = converter.snapshot();
        LocalDate end = LocalDate.of(year, 12, 31);
        MapSqlParameterSource params = params(units, LocalDate.of(year, 1, 1), end);
        String scope = units.sqlCondition("i.unit_code");
        Map<String, UsdSum> byCountry = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList(
                "select coalesce(i.country, '') c, i.capital_currency cur, i.registered_on d, sum(i.capital_amount) s"
                        + " from investment i where " + scope + ACTIVE
                        + " group by i.country, i.capital_currency, i.registered_on",
                params));
        rows.addAll(jdbc.queryForList(
                "select coalesce(i.country, '') c, a.currency cur, a.change_date d, sum(a.amount) s"
                        + " from investment_adjustment a join investment i on i.id = a.investment_id where " + scope
                        + ACTIVE + " and a.change_date <= :to group by i.country, a.currency, a.change_date",
                params));
        for (Map<String, Object> row : rows) {
            byCountry
                    .computeIfAbsent((String) value(row, "c"), c -> new UsdSum(rates))
                    .add((String) value(row, "cur"), toDate(value(row, "d")), (BigDecimal) value(row, "s"));
        }
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
                List.of(new Series("chart.fdi.capitalUsd", values))));
    }

    private static Object value(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v != null ? v : row.get(column.toUpperCase(java.util.Locale.ROOT));
    }

    static MapSqlParameterSource params(UnitScope units, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource()
                .addValue("units", units.codesForQuery())
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to));
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject(sql, params, Long.class);
        return n == null ? 0 : n;
    }

    private void groups(String sql, MapSqlParameterSource params, UsdSum sum) {
        jdbc.query(sql, params, rs -> {
            java.sql.Date date = rs.getDate(2);
            sum.add(rs.getString(1), date == null ? null : date.toLocalDate(), rs.getBigDecimal(3));
        });
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
    }
}
