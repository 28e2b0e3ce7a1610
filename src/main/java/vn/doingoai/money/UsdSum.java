package vn.doingoai.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A sum in USD of amounts in their own currencies, each converted at the rate of its own date, as
 * figure sources compute them: the database sums per (currency, date), this converts the groups.
 * Groups with no rate are left out of the total and kept in {@link #missing()}: never counted as 0.
 */
public final class UsdSum {

    /**
     * The SQL expression to select and group by instead of an amount's date: the date itself, but
     * nothing for USD, which needs no rate, so that USD amounts add up in one group in the database.
     */
    public static String rateDate(String currencyColumn, String dateColumn) {
        return "case when " + currencyColumn + " = 'USD' then null else " + dateColumn + " end";
    }

    /** A sum of amounts of one currency on one date. */
    public record Group(String currency, LocalDate date, BigDecimal amount) {}

    private final CurrencyConverter rates;
    private BigDecimal total = BigDecimal.ZERO;
    private final List<Group> missing = new ArrayList<>();

    /** @param rates usually {@link CurrencyConverter#snapshot()}, loaded once per computation */
    public UsdSum(CurrencyConverter rates) {
        this.rates = rates;
    }

    public UsdSum add(String currency, LocalDate date, BigDecimal amount) {
        if (amount == null || amount.signum() == 0) {
            return this;
        }
        rates.convert(amount, currency, "USD", date)
                .ifPresentOrElse(usd -> total = total.add(usd), () -> missing.add(new Group(currency, date, amount)));
        return this;
    }

    public BigDecimal total() {
        return total;
    }

    public List<Group> missing() {
        return List.copyOf(missing);
    }

    /** A warning for the report naming the currency and the date of an amount left out. */
    public static String warning(String figureKey, Group group) {
        return "Thiếu tỷ giá " + group.currency() + " ngày " + VietnameseFormat.date(group.date()) + " ("
                + group.date() + "): " + VietnameseFormat.amount(group.amount(), group.currency())
                + " không được tính vào " + figureKey;
    }
}
