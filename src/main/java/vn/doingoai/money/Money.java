package vn.doingoai.money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import vn.doingoai.common.PlainText;

/**
 * An amount in a currency: an exact decimal and an ISO 4217 code. Never a double. An amount that
 * does not fit its column ({@code numeric(24,4)}: 20 digits, 4 decimals) is refused by validation
 * before anything is written, never rounded or cut.
 */
@Embeddable
public record Money(
        @Column(name = "amount", precision = 24, scale = 4) @Digits(integer = 20, fraction = 4) BigDecimal amount,
        @Column(name = "currency", length = 3) @PlainText(max = 3) String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        currency = currency.trim().toUpperCase(Locale.ROOT);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money of(long amount, String currency) {
        return new Money(BigDecimal.valueOf(amount), currency);
    }

    public static Money usd(BigDecimal amount) {
        return new Money(amount, "USD");
    }

    /** Whether a text is an ISO 4217 currency code the JDK knows. */
    public static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Za-z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + currency;
    }
}
