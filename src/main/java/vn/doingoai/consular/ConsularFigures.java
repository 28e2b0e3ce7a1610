package vn.doingoai.consular;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Numbers;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * The consular figures of a report, by aggregate queries over all the periods at once: persons
 * approved and received by the approvals decided in the period, press visits starting in it,
 * protection cases opened in it, persons supported and the amounts paid in it (VND summed in the
 * database; other currencies summed per currency and date and converted to VND at the rate of that
 * date, left out with a warning where there is no rate).
 */
@Component
class ConsularFigures implements FigureSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<CurrencyConverter> converter;

    ConsularFigures(NamedParameterJdbcTemplate jdbc, ObjectProvider<CurrencyConverter> converter) {
        this.jdbc = jdbc;
        this.converter = converter;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        int n = query.size();
        Map<String, Object> params = query.sqlParameters();
        // per cell: approved, received, press visits, protection cases
        long[][] counts = new long[query.cells()][4];
        jdbc.query(
                "select 0" + query.sumsIn("e.decided_on", "e.approved") + query.sumsIn("e.decided_on", "e.received")
                        + query.unitColumn("e.unit_code") + " from entry_approval e where "
                        + query.scope("e.unit_code") + " and e.decided_on between :from and :to"
                        + query.groupByUnit("e.unit_code")
                        + " union all select 2" + query.sumsIn("v.start_date", "1") + query.sumsIn("v.start_date", "0")
                        + query.unitColumn("v.unit_code") + " from press_visit v where " + query.scope("v.unit_code")
                        + " and v.start_date between :from and :to" + query.groupByUnit("v.unit_code")
                        + " union all select 3" + query.sumsIn("c.opened_on", "1") + query.sumsIn("c.opened_on", "0")
                        + query.unitColumn("c.unit_code") + " from protection_case c where "
                        + query.scope("c.unit_code") + " and c.opened_on between :from and :to"
                        + query.groupByUnit("c.unit_code"),
                params,
                rs -> {
                    int g = query.group(rs);
                    int kind = rs.getInt(1);
                    for (int i = 0; i < n; i++) {
                        long[] cell = counts[query.cell(g, i)];
                        cell[kind] += rs.getLong(2 + i);
                        if (kind == 0) {
                            cell[1] += rs.getLong(2 + n + i);
                        }
                    }
                });

        List<SupportGroup> support = jdbc.query(
                "select s.currency, case when s.currency = 'VND' then null else s.paid_on end"
                        + query.sumsIn("s.paid_on", "s.persons") + query.sumsIn("s.paid_on", "s.amount")
                        + query.unitColumn("s.unit_code") + " from citizen_support s where "
                        + query.scope("s.unit_code") + " and s.paid_on between :from and :to"
                        + " group by s.currency, case when s.currency = 'VND' then null else s.paid_on end"
                        + query.unitColumn("s.unit_code"),
                params,
                (rs, row) -> {
                    Date day = rs.getDate(2);
                    long[] persons = new long[n];
                    BigDecimal[] amounts = new BigDecimal[n];
                    for (int i = 0; i < n; i++) {
                        persons[i] = rs.getLong(3 + i);
                        amounts[i] = rs.getBigDecimal(3 + n + i);
                    }
                    return new SupportGroup(
                            query.group(rs), rs.getString(1), day == null ? null : day.toLocalDate(), persons, amounts);
                });
        CurrencyConverter rates = support.stream().allMatch(g -> "VND".equals(g.currency()))
                ? null
                : converter.getObject().snapshot();

        for (int c = 0; c < query.cells(); c++) {
            int g = query.groupOfCell(c);
            int i = query.periodIndexOf(c);
            Figures f = figures.get(c);
            String list = query.listParams(c);
            String entryLink = "/consular/entry-approvals?" + list;
            f.put("consular.entries.approved", counts[c][0], "PERSONS", entryLink);
            f.put("consular.entries.received", counts[c][1], "PERSONS", entryLink);
            long persons = 0;
            BigDecimal amount = BigDecimal.ZERO;
            for (SupportGroup group : support) {
                if (group.group() != g) {
                    continue;
                }
                persons += group.persons()[i];
                BigDecimal sum = group.amounts()[i];
                if (sum == null || sum.signum() == 0) {
                    continue;
                }
                Optional<BigDecimal> vnd = "VND".equals(group.currency())
                        ? Optional.of(sum)
                        : rates.convert(sum, group.currency(), "VND", group.date());
                if (vnd.isPresent()) {
                    amount = amount.add(vnd.get());
                } else {
                    f.warn("consular.citizens.supportAmount: no exchange rate for " + group.currency() + " on "
                            + group.date() + " (" + sum.stripTrailingZeros().toPlainString() + " "
                            + group.currency() + " left out)");
                }
            }
            String supportLink = "/consular/citizen-support?" + list;
            f.put("consular.citizens.supported", persons, "PERSONS", supportLink);
            f.put("consular.citizens.supportAmount", Numbers.plain(amount), "VND", supportLink);
            f.put("consular.press.visits", counts[c][2], "VISITS", "/consular/press-visits?" + list);
            f.put("consular.protection.cases", counts[c][3], "CASES", "/consular/protection-cases?" + list);
        }
    }

    /** Citizen support paid in one currency (on one date, unless VND), per period, for a group of units. */
    private record SupportGroup(int group, String currency, LocalDate date, long[] persons, BigDecimal[] amounts) {}
}
