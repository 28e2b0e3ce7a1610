package vn.doingoai.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.Money;

/** A project's capital history for its page: the registration and each change, with the running totals. */
@Component
class CapitalHistory {

    /** One line: the registration or a change, and the running total in its currency and in USD. */
    record CapitalStep(
            LocalDate date,
            boolean registration,
            Money amount,
            BigDecimal usd,
            BigDecimal runningOwn,
            BigDecimal runningUsd) {}

    private final CurrencyConverter converter;

    CapitalHistory(CurrencyConverter converter) {
        this.converter = converter;
    }

    /** The registration and each change in date order, with the running total in its currency and in USD. */
    List<CapitalStep> of(InvestmentData data) {
        CurrencyConverter rates = converter.snapshot();
        List<CapitalStep> steps = new ArrayList<>();
        String own = data.capital().currency();
        BigDecimal runningOwn = BigDecimal.ZERO;
        BigDecimal runningUsd = BigDecimal.ZERO;
        List<Adjustment> changes = new ArrayList<>();
        changes.add(new Adjustment(data.registeredOn(), data.capital()));
        if (data.adjustments() != null) {
            changes.addAll(data.adjustments());
        }
        for (int i = 0; i < changes.size(); i++) {
            Adjustment change = changes.get(i);
            Optional<BigDecimal> usd = rates.toUsd(change.capitalChange(), change.date());
            runningOwn =
                    runningOwn == null || !own.equals(change.capitalChange().currency())
                            ? null
                            : runningOwn.add(change.capitalChange().amount());
            runningUsd = runningUsd == null || usd.isEmpty() ? null : runningUsd.add(usd.get());
            steps.add(new CapitalStep(
                    change.date(), i == 0, change.capitalChange(), usd.orElse(null), runningOwn, runningUsd));
        }
        return steps;
    }
}
