package vn.doingoai.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Exchange rates loaded once, answering from memory: what a computation of figures uses so that
 * converting many amounts costs one query. USD needs no rate (one USD buys one USD). The rates
 * themselves are kept by the {@code rate} module, which fills a table and implements the converter.
 */
public final class RateTable implements CurrencyConverter {

    private final Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();

    public void add(String currency, LocalDate from, BigDecimal perUsd) {
        rates.computeIfAbsent(currency, c -> new TreeMap<>()).put(from, perUsd);
    }

    /** Units of the currency that buy one USD on a date, or empty before its first rate. */
    Optional<BigDecimal> perUsd(String currency, LocalDate date) {
        if ("USD".equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        NavigableMap<LocalDate, BigDecimal> byDate = rates.get(currency);
        if (byDate == null || date == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, BigDecimal> entry = byDate.floorEntry(date);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    @Override
    public Optional<BigDecimal> convert(BigDecimal amount, String fromCurrency, String toCurrency, LocalDate date) {
        return convert(amount, fromCurrency, toCurrency, date, this::perUsd);
    }

    @Override
    public CurrencyConverter snapshot() {
        return this;
    }

    /** Units of a currency that buy one USD on a date, wherever they are kept. */
    public interface RateLookup {
        Optional<BigDecimal> perUsd(String currency, LocalDate date);
    }

    /** amount / perUsd(from) × perUsd(to), at the rates in force on the date. */
    public static Optional<BigDecimal> convert(
            BigDecimal amount, String fromCurrency, String toCurrency, LocalDate date, RateLookup lookup) {
        if (amount == null || fromCurrency == null || toCurrency == null) {
            return Optional.empty();
        }
        String from = fromCurrency.trim().toUpperCase(Locale.ROOT);
        String to = toCurrency.trim().toUpperCase(Locale.ROOT);
        if (from.equals(to)) {
            return Optional.of(amount);
        }
        Optional<BigDecimal> perFrom = lookup.perUsd(from, date);
        Optional<BigDecimal> perTo = lookup.perUsd(to, date);
        if (perFrom.isEmpty() || perTo.isEmpty() || perFrom.get().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(amount.multiply(perTo.get())
                .divide(perFrom.get(), MathContext.DECIMAL128)
                .setScale(4, RoundingMode.HALF_UP));
    }
}
