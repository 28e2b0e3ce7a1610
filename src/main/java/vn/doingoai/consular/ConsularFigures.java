package vn.doingoai.consular;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * The consular figures of a report, each by an aggregate query: persons approved and received by
 * the approvals decided in the period, persons supported and the amounts paid in the period (VND
 * summed in the database; other currencies summed per currency and date and converted to VND at the
 * rate of that date, left out with a warning where there is no rate), press visits starting in the
 * period, protection cases opened in it.
 */
@Component
class ConsularFigures implements FigureSource {

    private final EntryApprovalRepository entries;
    private final CitizenSupportRepository support;
    private final PressVisitRepository press;
    private final ProtectionCaseRepository cases;
    private final ObjectProvider<CurrencyConverter> converter;

    ConsularFigures(
            EntryApprovalRepository entries,
            CitizenSupportRepository support,
            PressVisitRepository press,
            ProtectionCaseRepository cases,
            ObjectProvider<CurrencyConverter> converter) {
        this.entries = entries;
        this.support = support;
        this.press = press;
        this.cases = cases;
        this.converter = converter;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, Figures figures) {
        boolean all = query.units().all();
        Collection<String> units = query.units().codesForQuery();
        LocalDate from = query.from();
        LocalDate to = query.to();
        String params = query.listParams();

        Object[] entrySums = entries.sums(all, units, from, to).get(0);
        String entryLink = "/consular/entry-approvals?" + params;
        figures.put("consular.entries.approved", number(entrySums[0]), "PERSONS", entryLink);
        figures.put("consular.entries.received", number(entrySums[1]), "PERSONS", entryLink);

        String supportLink = "/consular/citizen-support?" + params;
        figures.put(
                "consular.citizens.supported",
                number(support.persons(all, units, from, to).get(0)),
                "PERSONS",
                supportLink);
        BigDecimal amount = number(support.vnd(all, units, from, to).get(0));
        List<Object[]> others = support.otherCurrencies(all, units, from, to);
        CurrencyConverter rates = others.isEmpty() ? null : converter.getIfAvailable();
        for (Object[] row : others) {
            String currency = (String) row[0];
            LocalDate date = (LocalDate) row[1];
            BigDecimal sum = number(row[2]);
            Optional<BigDecimal> vnd = rates == null ? Optional.empty() : rates.convert(sum, currency, "VND", date);
            if (vnd.isPresent()) {
                amount = amount.add(vnd.get());
            } else {
                figures.warn("consular.citizens.supportAmount: no exchange rate for " + currency + " on " + date + " ("
                        + sum.stripTrailingZeros().toPlainString() + " " + currency + " left out)");
            }
        }
        figures.put("consular.citizens.supportAmount", plain(amount), "VND", supportLink);

        figures.put(
                "consular.press.visits",
                press.countStarting(all, units, from, to),
                "VISITS",
                "/consular/press-visits?" + params);
        figures.put(
                "consular.protection.cases",
                cases.countOpened(all, units, from, to),
                "CASES",
                "/consular/protection-cases?" + params);
    }

    private static BigDecimal number(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Number n) {
            return n instanceof Double || n instanceof Float
                    ? new BigDecimal(n.toString())
                    : BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(value.toString());
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
