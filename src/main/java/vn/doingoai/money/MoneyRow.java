package vn.doingoai.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One dated amount on a form (a project's capital change, an aid transaction), as the browser posts
 * it: rows left blank are skipped, a row without a currency takes the form's.
 */
public record MoneyRow(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, BigDecimal amount, String currency) {

    private static final Pattern ROW = Pattern.compile("([A-Za-z]+)\\[(\\d+)](.*)");

    public static MoneyRow of(LocalDate date, Money money) {
        return new MoneyRow(date, money.amount().stripTrailingZeros(), money.currency());
    }

    public boolean isBlank() {
        return date == null && amount == null;
    }

    /** The amount in its currency, or the default currency; null without an amount. */
    public Money money(String defaultCurrency) {
        String c = currency == null || currency.isBlank() ? defaultCurrency : currency;
        return amount == null ? null : new Money(amount, c);
    }

    /**
     * The form's name of a record's path into a list of rows: the record keeps only the rows not
     * left blank, and names the amount inside a {@link Money}. With the form's row 1 left blank,
     * {@code adjustments[1].capitalChange.amount} is the form's {@code adjustments[2].amount}.
     */
    public static String field(String path, String list, String money, List<MoneyRow> rows) {
        Matcher m = ROW.matcher(path);
        if (!m.matches() || !m.group(1).equals(list)) {
            return path;
        }
        int wanted = Integer.parseInt(m.group(2));
        int index = wanted;
        for (int i = 0, kept = -1; i < rows.size(); i++) {
            if (rows.get(i) != null && !rows.get(i).isBlank() && ++kept == wanted) {
                index = i;
                break;
            }
        }
        String rest = m.group(3);
        if (rest.equals("." + money) || rest.isEmpty()) {
            rest = ".amount";
        } else if (rest.startsWith("." + money + ".")) {
            rest = rest.substring(money.length() + 1);
        }
        return list + "[" + index + "]" + rest;
    }
}
