package vn.doingoai.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one converter: an amount into another currency at the rate of a date (the rate in force on
 * that date: the latest one from on or before it). Empty when a rate is missing: never zero.
 */
public interface CurrencyConverter {

    Optional<BigDecimal> convert(BigDecimal amount, String fromCurrency, String toCurrency, LocalDate date);

    default Optional<BigDecimal> toUsd(Money money, LocalDate date) {
        return convert(money.amount(), money.currency(), "USD", date);
    }

    default Optional<BigDecimal> toVnd(Money money, LocalDate date) {
        return convert(money.amount(), money.currency(), "VND", date);
    }

    /**
     * A converter that answers from the rates as they are now, loaded once: for computations that
     * convert many amounts (figure sums), so that they cost one query and not one per amount.
     */
    default CurrencyConverter snapshot() {
        return this;
    }
}
