package vn.doingoai.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A sum in one currency (USD, or VND for consular support) of amounts in their own currencies, each
 * converted at the rate of its own date, as figure sources compute them: the database sums per
 * (currency, date), this converts the groups. Groups with no rate are left out of the total and kept
 * in {@link #missing()}: never counted as 0. Amounts already in the sum's currency need no rate (and
 * no rates are loaded for them).
 */
public final class CurrencySum {

    /**
     * The SQL expression to select and group by instead of an amount's date: the date itself, but
     * nothing for amounts in {@code currency}, which need no rate, so that they add up in one group in
     * the database.
     */
    public static String rateDate(String currencyColumn, String dateColumn, String currency) {
        return "case when " + currencyColumn + " = '" + currency + "' then null else " + dateColumn + " end";
    }

    /** A sum of amounts of one currency on one date. */
    public record Group(String currency, LocalDate date, BigDecimal amount) {}

    private final Supplier<CurrencyConverter> rates;
    private final String currency;
    private BigDecimal total = BigDecimal.ZERO;
    private final List<Group> missing = new ArrayList<>();

    /**
     * @param rates the rates, asked for only when an amount is in another currency (usually {@link
     *     CurrencyConverter#snapshot()}, loaded once per computation)
     * @param currency the currency of the sum
     */
    public CurrencySum(Supplier<CurrencyConverter> rates, String currency) {
        this.rates = rates;
        this.currency = currency.toUpperCase(Locale.ROOT);
    }

    /** A sum in USD. */
    public static CurrencySum usd(CurrencyConverter rates) {
        return new CurrencySum(() -> rates, "USD");
    }

    public String currency() {
        return currency;
    }

    public CurrencySum add(String amountCurrency, LocalDate date, BigDecimal amount) {
        if (amount == null || amount.signum() == 0) {
            return this;
        }
        if (currency.equalsIgnoreCase(amountCurrency)) {
            total = total.add(amount);
            return this;
        }
        rates.get()
                .convert(amount, amountCurrency, currency, date)
                .ifPresentOrElse(
                        converted -> total = total.add(converted),
                        () -> missing.add(new Group(amountCurrency, date, amount)));
        return this;
    }

    public BigDecimal total() {
        return total;
    }

    /** The amounts left out for want of a rate, by currency and date. */
    public List<Group> missing() {
        return List.copyOf(missing);
    }
}
