package vn.doingoai.common;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries, named in the reader's language by the JDK's locale data. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public record Country(String code, String name) {}

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
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
