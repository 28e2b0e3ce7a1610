package vn.doingoai.investment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Countries;
import vn.doingoai.money.Money;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.SqlFigureRecords;

/**
 * The records behind the {@code fdi.*} figures, with the conditions of {@link InvestmentFigures}:
 * the projects registered in the period; those registered before it with a change of capital in
 * it; the capital registered in the period as each registration and each change of the period
 * (the increase, not the project's capital); the projects active at its end with their capital
 * then; the countries of those projects.
 */
@Component
class InvestmentFigureRecords extends SqlFigureRecords {

    private static final String LINK = "/investments/";

    private static final String ACTIVE = "i.registered_on <= :to0 and (i.ended_on is null or i.ended_on > :to0)";

    InvestmentFigureRecords() {
        super(List.of(
                "fdi.projects.new",
                "fdi.projects.adjusted",
                "fdi.capital.registered",
                "fdi.projects.active",
                "fdi.capital.total",
                "fdi.countries"));
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        Map<String, Object> params = query.sqlParameters();
        String scope = query.scope("i.unit_code");
        String select = "select i.id, i.name, i.registered_on, i.unit_code, i.capital_amount, i.capital_currency,"
                + " i.country from investment i where " + scope;
        return switch (key) {
            case "fdi.projects.new" -> Drill.sum(
                    "PROJECTS",
                    counted(
                            LINK,
                            select + " and " + FigureQuery.in("i.registered_on", 0) + " order by i.registered_on, i.id",
                            params));
            case "fdi.projects.adjusted" -> Drill.sum(
                    "PROJECTS",
                    counted(
                            LINK,
                            select + " and i.registered_on < :from0 and exists (select 1 from investment_adjustment a"
                                    + " where a.investment_id = i.id and " + FigureQuery.in("a.change_date", 0)
                                    + ") order by i.registered_on, i.id",
                            params));
            case "fdi.projects.active" -> Drill.sum(
                    "PROJECTS", counted(LINK, select + " and " + ACTIVE + " order by i.registered_on, i.id", params));
            case "fdi.capital.registered" -> Drill.sum("USD", registered(select, scope, params));
            case "fdi.capital.total" -> Drill.sum("USD", total(select, scope, params));
            default -> Drill.sum("COUNTRIES", countries(scope, params, query));
        };
    }

    /** Each registration of the period with its capital, and each change of capital of the period. */
    private List<Line> registered(String select, String scope, Map<String, Object> params) {
        List<Line> lines = new ArrayList<>(paying(
                LINK,
                select + " and " + FigureQuery.in("i.registered_on", 0) + " order by i.registered_on, i.id",
                params,
                "report.drill.registration"));
        lines.addAll(jdbc.query(
                "select i.id, i.name, a.change_date, i.unit_code, a.amount, a.currency from investment_adjustment a"
                        + " join investment i on i.id = a.investment_id where " + scope + " and "
                        + FigureQuery.in("a.change_date", 0) + " order by a.change_date, i.id, a.position_index",
                params,
                (rs, n) -> paid(
                        rs,
                        LINK,
                        rs.getBigDecimal(5).signum() < 0 ? "report.drill.decrease" : "report.drill.increase")));
        lines.sort(java.util.Comparator.comparing(Line::date));
        return lines;
    }

    /** Each project active at the end of the period, with its capital and its changes up to then. */
    private List<Line> total(String select, String scope, Map<String, Object> params) {
        Map<Long, Line> projects = new LinkedHashMap<>();
        jdbc.query(select + " and " + ACTIVE + " order by i.registered_on, i.id", params, rs -> {
            projects.put(rs.getLong(1), paid(rs, LINK, "report.drill.capital"));
        });
        jdbc.query(
                "select i.id, a.change_date, a.amount, a.currency from investment_adjustment a join investment i"
                        + " on i.id = a.investment_id where " + scope + " and " + ACTIVE
                        + " and a.change_date <= :to0 order by a.change_date, a.position_index",
                params,
                rs -> {
                    Line project = projects.get(rs.getLong(1));
                    if (project != null) {
                        List<Amount> amounts = new ArrayList<>(project.amounts());
                        amounts.add(new Amount(new Money(rs.getBigDecimal(3), rs.getString(4)), date(rs, 2)));
                        projects.put(rs.getLong(1), project.withAmounts(amounts));
                    }
                });
        return new ArrayList<>(projects.values());
    }

    /** The countries of the projects active at the end of the period, each once. */
    private List<Line> countries(String scope, Map<String, Object> params, FigureQuery query) {
        Map<String, Integer> projects = new TreeMap<>();
        jdbc.query(
                "select i.country, count(*) from investment i where " + scope + " and i.country is not null and "
                        + ACTIVE + " group by i.country",
                params,
                rs -> {
                    projects.put(rs.getString(1), rs.getInt(2));
                });
        List<Line> lines = new ArrayList<>();
        projects.forEach((country, count) -> lines.add(Line.counted(
                Countries.name(country, LocaleContextHolder.getLocale()),
                "/investments?unit=" + query.unitOf(0) + "&activeOn="
                        + query.period(0).to() + "&country=" + country,
                null,
                null)));
        return lines;
    }
}
