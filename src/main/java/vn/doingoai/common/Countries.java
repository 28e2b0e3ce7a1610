package vn.doingoai.common;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 countries, named in the reader's language by the JDK's locale data. The one
 * rule for a country code, wherever one comes in: trimmed, upper case, one of the ISO codes ({@code
 * " vn"} is VN); {@link CountryCode} checks it on a record's fields.
 */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public record Country(String code, String name) {}

    /** The code as it is kept: trimmed and in upper case; null when blank. */
    public static String code(String typed) {
        return Text.isBlank(typed) ? null : typed.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether a typed code is an ISO 3166-1 alpha-2 country once trimmed and put in upper case. */
    public static boolean isValid(String typed) {
        String code = code(typed);
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code(code)).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    /**
     * Every country, sorted by its name in the given language: the same list for every page of a
     * language (a form or a filter shows it), sorted once per language (a few milliseconds each).
     */
    public static List<Country> all(Locale locale) {
        return SORTED.computeIfAbsent(locale, Countries::sorted);
    }

    private static final java.util.Map<Locale, List<Country>> SORTED = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Country> sorted(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
