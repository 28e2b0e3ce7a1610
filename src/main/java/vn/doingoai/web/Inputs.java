package vn.doingoai.web;

import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Countries;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.NumberInput;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.Text;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * For the input fragments ({@code templates/fragments/inputs.html}): {@code ${@inputs.max(form,
 * 'title')}} is the most characters a field takes, read from its {@link PlainText} (the length of
 * its column), so that a browser stops typing where the server would refuse; {@code
 * ${@inputs.number(value)}} shows a number the way {@link NumberInput} reads it back; the pickers'
 * choices (units, countries, partners) with the folded text their search matches.
 */
@Component("inputs")
public class Inputs {

    private final Map<String, Optional<Integer>> limits = new ConcurrentHashMap<>();
    private final Units units;
    private final UnitNames unitNames;
    private final Access access;

    Inputs(Units units, UnitNames unitNames, Access access) {
        this.units = units;
        this.unitNames = unitNames;
        this.access = access;
    }

    /**
     * One choice of a picker: what is posted, what is shown, and the folded text a search matches
     * ("bac ninh" finds "Tỉnh Bắc Ninh"); {@code alias} is another value that selects it (a
     * partner's id beside its ref).
     */
    public record Option(String value, String label, String search, String alias) {}

    /**
     * Units as picker choices, labelled as every page names them ({@link UnitNames#option}): "24 ·
     * Tỉnh Bắc Ninh", and a dissolved one "27 · Tỉnh Bắc Ninh (đến 30/06/2025)".
     */
    public List<Option> units(List<Unit> list) {
        return list.stream()
                .map(u -> new Option(
                        u.getCode(),
                        unitNames.option(u),
                        Text.foldAll(u.getCode(), u.getName(), u.getNameBefore()),
                        null))
                .toList();
    }

    /** The units the user may read, for a list's filter. */
    public List<Option> readableUnits() {
        return units(
                units.all().stream().filter(u -> access.canRead(u.getCode())).toList());
    }

    /** Every country by its name in the page's language; English and Vietnamese names both find it. */
    public List<Option> countries() {
        Locale locale = LocaleContextHolder.getLocale();
        return Countries.all(locale).stream()
                .map(c -> new Option(
                        c.code(),
                        c.name(),
                        Text.foldAll(c.name(), c.code(), Countries.name(c.code(), Locale.ENGLISH)),
                        null))
                .toList();
    }

    /** Whether a choice is among the values (one value or a list of them). */
    public boolean selected(Object values, Option option) {
        if (values instanceof java.util.Collection<?> list) {
            return list.stream().anyMatch(v -> matches(v, option));
        }
        return matches(values, option);
    }

    private static boolean matches(Object value, Option option) {
        if (value == null) {
            return false;
        }
        String v = value.toString();
        return v.equals(option.value()) || v.equals(option.alias());
    }

    /** The limit of the field {@code name} ({@code members[2].name}) of the form's class; null when none. */
    public Integer max(Object form, String name) {
        if (form == null || name == null) {
            return null;
        }
        String path = name.replaceAll("\\[\\d*]", "[]");
        return limits.computeIfAbsent(form.getClass().getName() + "#" + path, k -> limit(form.getClass(), path))
                .orElse(null);
    }

    public String number(Object value) {
        return value instanceof Number n ? NumberInput.print(n) : value == null ? "" : value.toString();
    }

    private static Optional<Integer> limit(Class<?> type, String path) {
        Class<?> current = type;
        AnnotatedElement element = null;
        for (String part : List.of(path.split("\\."))) {
            boolean element0 = part.endsWith("[]");
            String name = element0 ? part.substring(0, part.length() - 2) : part;
            Field field = field(current, name);
            if (field == null) {
                return Optional.empty();
            }
            AnnotatedType annotated = field.getAnnotatedType();
            if (field.getGenericType() instanceof ParameterizedType list
                    && annotated instanceof AnnotatedParameterizedType parameterized) {
                AnnotatedType item = parameterized.getAnnotatedActualTypeArguments()[0];
                element = item;
                current = list.getActualTypeArguments()[0] instanceof Class<?> c ? c : Object.class;
            } else {
                element = field;
                current = field.getType();
            }
        }
        return Optional.ofNullable(element == null ? null : limit(element));
    }

    private static Integer limit(AnnotatedElement element) {
        PlainText text = element.getAnnotation(PlainText.class);
        if (text != null) {
            return text.max();
        }
        if (element.getAnnotation(CountryCode.class) != null) {
            return 2;
        }
        Size size = element.getAnnotation(Size.class);
        return size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
