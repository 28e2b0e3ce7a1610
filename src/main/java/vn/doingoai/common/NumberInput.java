package vn.doingoai.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/**
 * A number as an officer types it into a form, read the same way by every page (the forms'
 * binding, the indicator grid) and shown back the same way; {@code static/js/app.js} mirrors the
 * rule for the echo beside the field ("= 1.234,5 USD").
 *
 * <ul>
 *   <li>The Vietnamese form: a dot between thousands, a comma before the decimals: {@code 1.234,5},
 *       {@code 12.500.000}, {@code 7,2}, {@code 1234,5}.
 *   <li>The plain form: {@code 1234.5}, {@code 0.25}, {@code -3}.
 *   <li>A dot that could be either is read the Vietnamese way: several dots, or one dot followed by
 *       exactly three digits after one to three digits that do not start with 0, separate thousands
 *       ({@code 1.234} is 1234, {@code 12.500} is 12500). Any other single dot is a decimal point
 *       ({@code 1.5}, {@code 0.125}, {@code 1234.567}). This is how the pages write numbers, so a
 *       number shown in a form reads back as itself.
 *   <li>Refused, with the typed text kept: both separators mixed the English way ({@code 1,234.5}),
 *       thousands groups that are not of three digits ({@code 1.23.456}, {@code 12.34,5}), several
 *       commas, spaces inside, exponents, letters.
 * </ul>
 */
public final class NumberInput {

    private static final Pattern VIETNAMESE_DECIMAL = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+),\\d+");
    private static final Pattern VIETNAMESE_THOUSANDS = Pattern.compile("-?[1-9]\\d{0,2}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private NumberInput() {}

    /** Why a text is not read as a number; {@link #key()} is the message shown beside the field. */
    public static final class Refused extends IllegalArgumentException {

        private final String key;

        Refused(String text, String key) {
            super("Not a number: " + text + " (" + key + ")");
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The number typed, or null for an empty field. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (VIETNAMESE_DECIMAL.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        if (VIETNAMESE_THOUSANDS.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", ""));
        }
        if (PLAIN.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        boolean mixed = s.indexOf(',') >= 0 && s.lastIndexOf('.') > s.indexOf(',');
        throw new Refused(text, mixed ? "number.mixed" : "number.unreadable");
    }

    /** A whole number typed (a count): {@code 1.234} is 1234; decimals are refused. */
    public static Integer parseInteger(String text) {
        BigDecimal value = parse(text);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new Refused(text, value.stripTrailingZeros().scale() > 0 ? "number.whole" : "number.tooLarge");
        }
    }

    /** Whether a number fits a column of {@code integer} digits before the point and {@code fraction} after it. */
    public static boolean fits(BigDecimal value, int integer, int fraction) {
        BigDecimal n = value.stripTrailingZeros();
        return Math.max(n.scale(), 0) <= fraction && n.precision() - n.scale() <= integer;
    }

    /**
     * A number written plainly ({@code 21310000000}, {@code 7.3}) where that reads back as itself,
     * else the Vietnamese way: {@code 7.125} would read as 7125, so it is {@code 7,125}.
     */
    public static String printPlain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal n = value.stripTrailingZeros();
        String plain = (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
        return VIETNAMESE_THOUSANDS.matcher(plain).matches() ? print(n) : plain;
    }

    /** A number the way the forms show it, the Vietnamese way and exact: {@code 1.234,5}; "" for null. */
    public static String print(Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal exact = value instanceof BigDecimal b ? b : new BigDecimal(value.toString()).stripTrailingZeros();
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(Math.max(0, exact.stripTrailingZeros().scale()));
        return format.format(exact);
    }
}
