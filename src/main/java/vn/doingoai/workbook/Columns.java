package vn.doingoai.workbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;
import vn.doingoai.dataset.DatasetSection;

/**
 * The columns of a section's sheet, read from its item type, so that every section (and every one
 * added later) has its template without code of its own: one column per record component but
 * {@code id} and {@code version}; {@code @NotNull}/{@code @NotBlank} (and a record's {@code ref})
 * make it required, {@code @PlainText(max)} gives a text's length, {@code @CountryCode} a country,
 * {@code @RefersTo} records of another section, a component named {@code unit} an organisation
 * unit and one named {@code currency} a currency; an amount ({@code Money}, any nested record) is
 * one column per part, and a list of records one cell, a record per line. A list of records inside
 * such a record (a task's progress notes) cannot be written on its line: it has no column, and the
 * import leaves it as it is (the data shape says that a list left out keeps what the record has).
 *
 * <p>Headings come from the message files, the first of: {@code workbook.<section>.<path>}, {@code
 * <module>.<path>} (the module is the item type's package, {@code delegation.startDate}), for a
 * part of a list's records {@code <module>.<singular>.<part>} ({@code delegation.member.name}), the
 * same under the section's own prefix where its module keeps several ({@code border.gate.name}),
 * {@code <singular>.<part>} ({@code task.dueOn}), {@code common.<field>}, {@code
 * workbook.field.<field>}, else the field's name. An enumeration's
 * values are labelled {@code <module>.<path>.<VALUE>} (or the singular, {@code agreement.field.X}).
 */
@Component
class Columns {

    /** Fields the record computes itself or that are uploaded files, never written in a cell. */
    private static final Map<String, Set<String>> COMPUTED = Map.of(
            "agreements", Set.of("inForce", "reportDueOn", "document"),
            "documents", Set.of("file"),
            "letters", Set.of("document"),
            "news", Set.of("picture"),
            "borderGates", Set.of("openToday"));

    /** Texts that are units' codes though not named {@code unit}: a unit's province, a task's assignee. */
    private static final Set<String> UNIT_CODES = Set.of("units.parent", "documents.tasks.assignee");

    /**
     * Where a section's own messages are, when not under its module's name: {@code document.number},
     * {@code border.gate.kind.MAIN}.
     */
    private static final Map<String, String> MESSAGES = Map.of(
            "documents", "document",
            "trainings", "training",
            "borderGates", "border.gate",
            "borderIncidents", "border.incident",
            "friendshipPairs", "border.pair");

    private static final Set<String> IDENTITY = Set.of("id", "version");

    /** The separator of the parts of a list's records, where the contract names one; else {@link #PARTS}. */
    private static final Map<String, String> SEPARATORS = Map.of("delegations.members", " - ");

    static final String PARTS = "; ";

    /** A pattern that lists its values: {@code vi|en}. */
    private static final java.util.regex.Pattern CODES = java.util.regex.Pattern.compile("\\w+(?:\\|\\w+)+");

    private final MessageSource messages;

    Columns(MessageSource messages) {
        this.messages = messages;
    }

    /** The columns of a section, in the order of its item type's components. */
    List<Column> of(DatasetSection<?> section, Locale locale) {
        Naming naming = new Naming(section.name(), module(section.itemType()), locale);
        List<Column> columns = new ArrayList<>();
        if (!section.itemType().isRecord()) {
            return columns; // data shapes are records; anything else has no columns to offer
        }
        for (RecordComponent component : section.itemType().getRecordComponents()) {
            String name = component.getName();
            if (IDENTITY.contains(name)
                    || COMPUTED.getOrDefault(section.name(), Set.of()).contains(name)) {
                continue;
            }
            boolean ref = name.equals("ref") && RecordData.class.isAssignableFrom(section.itemType());
            columns.addAll(columns(naming, component, "", ref, false));
        }
        return columns;
    }

    /** The label of an enumeration's value in a column. */
    String choiceLabel(String section, Class<?> itemType, Column column, Enum<?> value, Locale locale) {
        return new Naming(section, module(itemType), locale).choice(column.path(), value);
    }

    private List<Column> columns(
            Naming naming, RecordComponent component, String prefix, boolean required, boolean inRows) {
        Field field = field(component);
        String path = prefix + component.getName();
        required = required || has(field, NotNull.class) || has(field, NotBlank.class) || has(field, NotEmpty.class);
        RefersTo refersTo = component.getAnnotation(RefersTo.class);
        Class<?> type = component.getType();
        if (type == List.class && field.getGenericType() instanceof ParameterizedType generic) {
            Class<?> element = (Class<?>) generic.getActualTypeArguments()[0];
            AnnotatedType annotated =
                    ((AnnotatedParameterizedType) field.getAnnotatedType()).getAnnotatedActualTypeArguments()[0];
            if (element.isRecord()) {
                if (inRows) {
                    return List.of(); // a list inside a line: see the class's comment
                }
                List<Column> parts = new ArrayList<>();
                for (RecordComponent part : element.getRecordComponents()) {
                    if (!IDENTITY.contains(part.getName())) {
                        parts.addAll(columns(naming, part, path + ".", false, true));
                    }
                }
                String separator = SEPARATORS.getOrDefault(naming.section + "." + path, PARTS);
                return List.of(new Column(
                        path,
                        naming.label(path),
                        Column.Kind.ROWS,
                        true,
                        parts,
                        separator,
                        required,
                        0,
                        null,
                        null,
                        List.of()));
            }
            return List.of(simple(naming, path, element, annotated, refersTo, null, required, true));
        }
        if (type.isRecord()) {
            List<Column> parts = new ArrayList<>();
            for (RecordComponent part : type.getRecordComponents()) {
                parts.addAll(columns(naming, part, path + ".", required, inRows));
            }
            return parts;
        }
        Pattern pattern = field.getAnnotation(Pattern.class) != null
                ? field.getAnnotation(Pattern.class)
                : field.getAnnotatedType().getAnnotation(Pattern.class);
        return List.of(simple(naming, path, type, field.getAnnotatedType(), refersTo, pattern, required, false));
    }

    @SuppressWarnings("unchecked")
    private Column simple(
            Naming naming,
            String path,
            Class<?> type,
            AnnotatedType annotated,
            RefersTo refersTo,
            Pattern pattern,
            boolean required,
            boolean list) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        Column.Kind kind;
        int max = 0;
        List<String> codes = List.of();
        if (type == String.class) {
            PlainText text = annotated.getAnnotation(PlainText.class);
            Size size = annotated.getAnnotation(Size.class);
            max = Math.min(text != null ? text.max() : size != null ? size.max() : 0, WorkbookWriter.CELL_TEXT);
            codes = codes(pattern);
            kind = !codes.isEmpty()
                    ? Column.Kind.CODE
                    : annotated.isAnnotationPresent(CountryCode.class)
                            ? Column.Kind.COUNTRY
                            : refersTo != null
                                    ? Column.Kind.REFERENCE
                                    : name.equals("unit") || UNIT_CODES.contains(naming.section + "." + path)
                                            ? Column.Kind.UNIT
                                            : name.equals("currency") ? Column.Kind.CURRENCY : Column.Kind.TEXT;
        } else if (type == LocalDate.class) {
            kind = Column.Kind.DATE;
        } else if (type == BigDecimal.class || type == Double.class || type == double.class) {
            kind = Column.Kind.NUMBER;
        } else if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            kind = Column.Kind.INTEGER;
        } else if (type == Boolean.class || type == boolean.class) {
            kind = Column.Kind.BOOLEAN;
        } else if (type.isEnum()) {
            kind = Column.Kind.ENUM;
        } else {
            kind = Column.Kind.TEXT;
        }
        return new Column(
                path,
                naming.label(path),
                kind,
                list,
                List.of(),
                null,
                required,
                max,
                kind == Column.Kind.ENUM ? (Class<? extends Enum<?>>) type : null,
                refersTo == null ? null : refersTo.value(),
                codes);
    }

    /** The codes a pattern of alternatives allows ({@code vi|en}), or none for any other pattern. */
    private static List<String> codes(Pattern pattern) {
        if (pattern == null || !CODES.matcher(pattern.regexp()).matches()) {
            return List.of();
        }
        return List.of(pattern.regexp().split("\\|"));
    }

    private static Field field(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e); // every record component has its field
        }
    }

    private static boolean has(Field field, Class<? extends Annotation> annotation) {
        return field.isAnnotationPresent(annotation) || field.getAnnotatedType().isAnnotationPresent(annotation);
    }

    /** The module of an item type: the last part of its package ({@code delegation}). */
    static String module(Class<?> itemType) {
        String name = itemType.getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** {@code members} → {@code member}, {@code countries} → {@code country}. */
    static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** The words of one section's headings and values in one language. */
    private final class Naming {
        private final String section;
        private final String module;
        private final Locale locale;

        Naming(String section, String module, Locale locale) {
            this.section = section;
            this.module = module;
            this.locale = locale;
        }

        String label(String path) {
            String found = first(keys(path));
            if (found != null) {
                return found;
            }
            int dot = path.lastIndexOf('.');
            String name = path.substring(dot + 1);
            String generic = first(List.of("common." + name, "workbook.field." + name));
            if (dot < 0) {
                return generic != null ? generic : name;
            }
            return label(path.substring(0, dot)) + " – " + (generic != null ? generic : name);
        }

        String choice(String path, Enum<?> value) {
            List<String> keys = new ArrayList<>();
            keys(path).forEach(k -> keys.add(k + "." + value.name()));
            String type = value.getDeclaringClass().getSimpleName();
            keys.add(module + "." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
            String found = first(keys);
            return found != null ? found : value.name();
        }

        /** The keys that may name a path, the most particular first. */
        private List<String> keys(String path) {
            List<String> keys = new ArrayList<>();
            keys.add("workbook." + section + "." + path);
            int dot = path.indexOf('.');
            String singular = dot < 0 ? singular(path) : singular(path.substring(0, dot)) + path.substring(dot);
            for (String prefix :
                    MESSAGES.containsKey(section) ? List.of(module, MESSAGES.get(section)) : List.of(module)) {
                keys.add(prefix + "." + path);
                keys.add(prefix + "." + singular);
            }
            if (dot > 0) {
                keys.add(singular);
            }
            return keys;
        }

        private String first(List<String> keys) {
            for (String key : keys) {
                String text = messages.getMessage(key, null, null, locale);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
    }
}
