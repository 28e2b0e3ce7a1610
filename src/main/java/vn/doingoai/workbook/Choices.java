package vn.doingoai.workbook;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doingoai.common.Countries;
import vn.doingoai.common.Text;
import vn.doingoai.unit.Unit;

/**
 * What a workbook's drop-down lists offer and how a typed value is read back, for one user (their
 * units and partners) in one language: an enumeration by its label (in either language) or its
 * code, a unit by its name or code, a country by its name (Vietnamese or English) or ISO code, a
 * currency by its code, a partner by its name, ref or id. Names are compared without regard to
 * case or diacritics.
 */
final class Choices {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> FIRST_CURRENCIES = List.of("USD", "VND", "EUR", "JPY", "KRW", "CNY");
    private static final Pattern CODE_IN_BRACKETS = Pattern.compile("^(.*)\\(([^()]+)\\)\\s*$");

    private final Locale locale;
    private final Columns columns;
    private final Map<String, Named> enums = new HashMap<>();
    private final Named units = new Named();
    private final UnaryOperator<String> unitResolver;
    private final Named countries = new Named();
    private final List<String> currencies = new ArrayList<>();
    private final Map<String, Named> references = new HashMap<>();

    /** Codes and what a cell shows for them, and the codes of every name a person may type. */
    private static final class Named {
        final Map<String, String> shown = new LinkedHashMap<>();
        final Map<String, List<String>> byName = new HashMap<>();

        void add(String code, String shownAs, List<String> names) {
            shown.putIfAbsent(code, shownAs);
            for (String name : names) {
                List<String> codes = byName.computeIfAbsent(Text.fold(name), k -> new ArrayList<>());
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
        }

        /** The one code a text names, or null (none, or several). */
        String code(String text) {
            List<String> codes = byName.get(Text.fold(text));
            return codes != null && codes.size() == 1 ? codes.get(0) : null;
        }
    }

    Choices(
            Locale locale,
            Columns columns,
            List<Unit> listedUnits,
            UnaryOperator<String> unitResolver,
            List<References> referenced) {
        this.locale = locale;
        this.columns = columns;
        this.unitResolver = unitResolver;
        Map<String, Integer> unitNames = new HashMap<>();
        listedUnits.forEach(u -> unitNames.merge(Text.fold(u.getName()), 1, Integer::sum));
        for (Unit u : listedUnits) {
            boolean unique = unitNames.get(Text.fold(u.getName())) == 1;
            String shown = unique ? u.getName() : u.getName() + " (" + u.getCode() + ")";
            units.add(u.getCode(), shown, unique ? List.of(u.getCode(), shown) : List.of(u.getCode()));
        }
        for (Countries.Country c : Countries.all(locale)) {
            countries.add(
                    c.code(),
                    c.name(),
                    List.of(
                            c.code(),
                            c.name(),
                            Countries.name(c.code(), Locale.ENGLISH),
                            Countries.name(c.code(), VIETNAMESE)));
        }
        FIRST_CURRENCIES.forEach(currencies::add);
        Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .filter(c -> !FIRST_CURRENCIES.contains(c))
                .forEach(currencies::add);
        for (References r : referenced) {
            Named named = new Named();
            List<References.Choice> choices = r.choices();
            Map<String, Integer> counts = new HashMap<>();
            choices.forEach(
                    c -> c.names().stream().findFirst().ifPresent(n -> counts.merge(Text.fold(n), 1, Integer::sum)));
            for (References.Choice c : choices) {
                String first = c.names().isEmpty() ? null : c.names().get(0);
                boolean unique = first != null && counts.get(Text.fold(first)) == 1;
                List<String> names = new ArrayList<>(c.names());
                names.add(c.ref());
                named.add(c.ref(), unique ? first : c.ref(), names);
            }
            references.put(r.section(), named);
        }
    }

    /** What a drop-down of this column offers. */
    List<String> options(Sheet sheet, Column column) {
        return switch (column.kind()) {
            case ENUM -> new ArrayList<>(enumeration(sheet, column).shown.values());
            case CODE -> column.codes();
            case UNIT -> new ArrayList<>(units.shown.values());
            case COUNTRY -> new ArrayList<>(countries.shown.values());
            case CURRENCY -> currencies;
            case REFERENCE -> references.containsKey(column.refersTo())
                    ? new ArrayList<>(references.get(column.refersTo()).shown.values())
                    : List.of();
            default -> List.of();
        };
    }

    /** What a cell shows for a value of the document (a code, a ref). */
    String show(Sheet sheet, Column column, String value) {
        Named named = named(sheet, column);
        return named == null ? value : named.shown.getOrDefault(value, value);
    }

    /**
     * The value of the document a typed text names, or empty when it names none: an unknown country
     * or partner is then passed on as typed (the import says what is wrong with it).
     */
    Optional<String> read(Sheet sheet, Column column, String text) {
        String typed = text.strip();
        if (column.kind() == Column.Kind.CURRENCY) {
            return Optional.of(typed.toUpperCase(Locale.ROOT));
        }
        if (column.kind() == Column.Kind.CODE) {
            return Optional.of(column.codes().stream()
                    .filter(c -> c.equalsIgnoreCase(typed))
                    .findFirst()
                    .orElse(typed));
        }
        if (column.kind() == Column.Kind.UNIT) {
            return Optional.ofNullable(unit(typed));
        }
        Named named = named(sheet, column);
        if (named == null) {
            return Optional.of(typed);
        }
        String code = named.code(typed);
        if (code == null && column.kind() == Column.Kind.ENUM) {
            code = named.shown.containsKey(typed.toUpperCase(Locale.ROOT)) ? typed.toUpperCase(Locale.ROOT) : null;
        }
        if (code == null && column.kind() == Column.Kind.REFERENCE && typed.matches("\\d{1,18}")) {
            code = typed; // an id
        }
        return Optional.ofNullable(code);
    }

    /** A unit's code: {@code Name (code)}, a code, a name of the user's units, else any unit's name (or its problem). */
    private String unit(String typed) {
        Matcher bracketed = CODE_IN_BRACKETS.matcher(typed);
        if (bracketed.matches() && units.shown.containsKey(bracketed.group(2).strip())) {
            return bracketed.group(2).strip();
        }
        String code = units.code(typed);
        return code != null ? code : unitResolver.apply(typed);
    }

    /** A record of a referenced section read from the same workbook: it may be named by its names too. */
    void addRecord(String section, String ref, List<String> names) {
        Named named = references.get(section);
        if (named != null && ref != null) {
            List<String> all = new ArrayList<>(names);
            all.add(ref);
            named.add(ref, names.isEmpty() ? ref : names.get(0), all);
        }
    }

    /** An agency or commune of the workbook's units sheet: the sheets after it may name it by code or name. */
    void addUnit(String code, String name) {
        if (code != null && !code.isEmpty() && !units.shown.containsKey(code)) {
            units.add(code, name == null ? code : name, name == null ? List.of(code) : List.of(code, name));
        }
    }

    /** What a cell shows for a unit. */
    String unitShown(String code) {
        return units.shown.getOrDefault(code, code);
    }

    private Named named(Sheet sheet, Column column) {
        return switch (column.kind()) {
            case ENUM -> enumeration(sheet, column);
            case COUNTRY -> countries;
            case REFERENCE -> references.get(column.refersTo());
            default -> null;
        };
    }

    private Named enumeration(Sheet sheet, Column column) {
        return enums.computeIfAbsent(sheet.section() + "." + column.path(), key -> {
            Named named = new Named();
            for (Enum<?> value : column.choices().getEnumConstants()) {
                String label = columns.choiceLabel(sheet.section(), sheet.itemType(), column, value, locale);
                named.add(
                        value.name(),
                        label,
                        List.of(
                                label,
                                columns.choiceLabel(sheet.section(), sheet.itemType(), column, value, VIETNAMESE),
                                columns.choiceLabel(sheet.section(), sheet.itemType(), column, value, Locale.ENGLISH)));
            }
            return named;
        });
    }
}
