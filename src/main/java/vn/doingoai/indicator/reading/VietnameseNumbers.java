package vn.doingoai.indicator.reading;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Number literals as Vietnamese reports write them, read exactly (never through a binary float): a
 * dot between thousands and a comma before decimals ({@code 8.540}, {@code 21,31}, {@code
 * 1.234,5}). Writers who use the English way are understood where it is not ambiguous: {@code
 * 21.31} (one dot not followed by a group of three) and {@code 1,234.5}.
 */
final class VietnameseNumbers {

    /** The literal the patterns look for: digits with dots and commas between them. */
    static final String LITERAL = "\\d+(?:[.,]\\d+)*";

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.]\\d{3})+");
    private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3}){2,}");

    private VietnameseNumbers() {}

    /** The value of a literal found by {@link #LITERAL}, or empty when it cannot be read. */
    static Optional<BigDecimal> parse(String literal) {
        if (literal == null || literal.isEmpty()) {
            return Optional.empty();
        }
        String s = literal;
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        try {
            if (lastComma >= 0 && lastDot >= 0) {
                // both: the last one is the decimal mark
                s = lastComma > lastDot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
            } else if (lastComma >= 0) {
                s = COMMA_GROUPED.matcher(s).matches() ? s.replace(",", "") : s.replace(',', '.');
            } else if (lastDot >= 0) {
                boolean thousands = GROUPED.matcher(s).matches() && !s.startsWith("0.");
                s = thousands ? s.replace(".", "") : s;
            }
            if (s.indexOf('.') != s.lastIndexOf('.')) {
                return Optional.empty();
            }
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A number typed into a form: {@code 21.310.000.000}, {@code 21310000000}, {@code 1.234,5},
     * {@code 7,3}, {@code -1,43}; spaces are ignored. Empty when it is not a number.
     */
    static Optional<BigDecimal> parseInput(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        boolean negative = s.startsWith("-") || s.startsWith("\u2212");
        if (negative) {
            s = s.substring(1);
        }
        if (!s.matches(LITERAL)) {
            return Optional.empty();
        }
        return parse(s).map(v -> negative ? v.negate() : v);
    }
}
