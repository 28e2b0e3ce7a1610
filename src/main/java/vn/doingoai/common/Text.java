package vn.doingoai.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Text folding: lower case, without diacritics ("Bắc Giang" and "bac giang" fold alike), control
 * characters as spaces (a search for U+0000 never reaches the database).
 */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");

    private Text() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain =
                MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        String visible = CONTROLS.matcher(plain).replaceAll(" ");
        return SPACES.matcher(visible.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Folds and joins the non-blank parts, for a record's search text. */
    public static String foldAll(Object... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .map(Object::toString)
                .map(Text::fold)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** A LIKE pattern for a folded query, or null when the query is blank. */
    public static String likePattern(String query) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return null;
        }
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The trimmed text, or null when it is null or blank (for optional fields). */
    public static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }
}
