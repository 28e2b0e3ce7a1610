package vn.doingoai.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as an officer types it into a form: {@code 10/6/2021} or {@code 10/06/2021} (day, month,
 * year, the Vietnamese way), and also {@code 2021-06-10} (the form of links and programs). Forms show
 * dates as {@code 10/06/2021}, which reads back as itself. A date that does not exist ({@code
 * 31/2/2021}) or any other form is refused.
 */
public final class DateInput {

    private static final Pattern VIETNAMESE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DateInput() {}

    /** The message key shown beside a date field that could not be read. */
    public static final String UNREADABLE = "date.unreadable";

    /** The date typed, or null for an empty field; {@link IllegalArgumentException} when unreadable. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
            }
            Matcher vi = VIETNAMESE.matcher(s);
            if (vi.matches()) {
                return LocalDate.of(number(vi, 3), number(vi, 2), number(vi, 1));
            }
        } catch (DateTimeException e) {
            // a day that does not exist: refused below
        }
        throw new IllegalArgumentException("Not a date: " + text);
    }

    /** {@code 10/06/2021}; "" for null. */
    public static String print(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
