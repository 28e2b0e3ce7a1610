package vn.doingoai.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.Countries;
import vn.doingoai.common.Formats;
import vn.doingoai.history.HistoryAction;
import vn.doingoai.unit.UnitNames;

/**
 * A record's history as its page shows it ({@code fragments/history :: history}): newest first,
 * each change with its field's label and its values in words, in the page's language: labels of
 * enum values, dates {@code dd/mm/yyyy}, amounts {@code 12,5 triệu USD}, units, countries and
 * partners by name, yes or no. The stored snapshots and the raw shape that {@link HistoryService}
 * gives the API stay as they are; only the page's display is in words.
 *
 * <p>A field's label is the first message found among {@code history.<type>.<field>}, {@code
 * <messages>.<field>}, {@code common.<field>} and {@code history.field.<field>}; an enum value's is
 * {@code <messages>.<field>.<VALUE>} (or with the field in the singular, for lists: {@code
 * agreement.field.AGRICULTURE}), where {@code <messages>} is the record module's message prefix.
 */
@Service
public class HistoryPage {

    /** One change of a record, for a page. */
    public record Entry(Instant at, String when, String username, HistoryAction action, List<Change> changes) {}

    /**
     * One field's change, in words.
     *
     * @param field the field's name in the record's data shape (as the API names it)
     * @param label the field's label in the page's language
     */
    public record Change(String field, String label, String before, String after) {}

    private static final Set<String> NOT_SHOWN = Set.of("version", "id");
    private static final Set<String> UNITS = Set.of("unit", "unitCode", "assignee");
    private static final Set<String> COUNTRIES = Set.of("country", "countries", "nationality");
    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final UnitNames units;
    private final List<HistoryRefs> refs;
    private final Formats formats;

    HistoryPage(
            JdbcTemplate jdbc,
            ObjectMapper json,
            MessageSource messages,
            UnitNames units,
            List<HistoryRefs> refs,
            Formats formats) {
        this.formats = formats;
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
        this.units = units;
        this.refs = refs;
    }

    /** The history of a record whose module's messages start with its type ({@code partner}). */
    public List<Entry> of(String type, Long id) {
        return of(type, id, type);
    }

    /**
     * The history of a record of {@code type} ({@code entryApproval}) whose module's messages start
     * with {@code messagePrefix} ({@code consular}).
     */
    public List<Entry> of(String type, Long id, String messagePrefix) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select action, changed_at, changed_by, snapshot from record_history"
                        + " where record_type = ? and record_id = ? order by id",
                type,
                id);
        List<Map<String, JsonNode>> snapshots = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Object snapshot = row.get("snapshot");
            snapshots.add(snapshot == null ? Map.of() : fields(snapshot.toString()));
        }
        Words words = new Words(type, messagePrefix, LocaleContextHolder.getLocale(), names(snapshots));
        List<Entry> entries = new ArrayList<>();
        Map<String, JsonNode> before = Map.of();
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> row = rows.get(r);
            HistoryAction action = HistoryAction.valueOf((String) row.get("action"));
            Map<String, JsonNode> after = snapshots.get(r);
            List<Change> changes = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (String key : keys) {
                JsonNode b = before.get(key);
                JsonNode a = after.get(key);
                if (!Objects.equals(b, a)) {
                    changes.add(new Change(key, words.label(key), words.value(key, b), words.value(key, a)));
                }
            }
            if (action != HistoryAction.UPDATE || !changes.isEmpty()) {
                Instant at = instant(row.get("changed_at"));
                entries.add(new Entry(
                        at,
                        WHEN.format(LocalDateTime.ofInstant(at, VIETNAM)),
                        (String) row.get("changed_by"),
                        action,
                        changes));
            }
            before = after;
        }
        Collections.reverse(entries);
        return entries;
    }

    /** A snapshot's shown fields, blank ones (null, "", []) left out. */
    private Map<String, JsonNode> fields(String snapshot) {
        Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : json.readTree(snapshot).properties()) {
            JsonNode value = field.getValue();
            boolean blank = value == null
                    || value.isNull()
                    || (value.isString() && value.asString().isEmpty())
                    || (value.isContainer() && value.isEmpty());
            if (!NOT_SHOWN.contains(field.getKey()) && !blank) {
                fields.put(field.getKey(), value);
            }
        }
        return fields;
    }

    /** The names of every ref the snapshots hold in a field some module names, one query per module. */
    private Map<String, Map<String, String>> names(List<Map<String, JsonNode>> snapshots) {
        Map<String, Map<String, String>> byField = new HashMap<>();
        for (HistoryRefs source : refs) {
            Set<String> wanted = new HashSet<>();
            for (Map<String, JsonNode> snapshot : snapshots) {
                for (String field : source.fields()) {
                    JsonNode value = snapshot.get(field);
                    if (value != null && value.isArray()) {
                        value.forEach(v -> wanted.add(v.asString()));
                    } else if (value != null && value.isValueNode()) {
                        wanted.add(value.asString());
                    }
                }
            }
            Map<String, String> names = wanted.isEmpty() ? Map.of() : source.names(wanted);
            source.fields().forEach(f -> byField.put(f, names));
        }
        return byField;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return Instant.parse(value.toString());
    }

    /** The words of one record type's fields and values in one language. */
    private final class Words {

        private final String type;
        private final String prefix;
        private final Locale locale;
        private final Map<String, Map<String, String>> names;

        Words(String type, String prefix, Locale locale, Map<String, Map<String, String>> names) {
            this.type = type;
            this.prefix = prefix;
            this.locale = locale;
            this.names = names;
        }

        String label(String field) {
            String text = first(
                    "history." + type + "." + field, prefix + "." + field, "common." + field, "history.field." + field);
            return text == null ? field : text;
        }

        String value(String field, JsonNode node) {
            return node == null ? null : words(field, null, node);
        }

        /** A value in words; {@code parent} is the list or object it sits in (for enum labels). */
        private String words(String field, String parent, JsonNode node) {
            if (node == null || node.isNull()) {
                return "";
            }
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                String item = singular(field);
                node.forEach(v -> items.add(words(item, parent, v)));
                return String.join(node.size() > 0 && node.get(0).isObject() ? "; " : ", ", items);
            }
            if (node.isObject()) {
                if (node.has("amount") && node.has("currency")) {
                    return formats.amount(
                            node.get("amount").decimalValue(),
                            node.get("currency").asString(),
                            locale);
                }
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, JsonNode> part : node.properties()) {
                    if (!"negative".equals(part.getKey()) && !part.getValue().isNull()) {
                        String text = words(part.getKey(), field, part.getValue());
                        if (!text.isEmpty()) {
                            parts.add(text);
                        }
                    }
                }
                return String.join(" · ", parts);
            }
            if (node.isBoolean()) {
                return text(node.booleanValue() ? "common.yes" : "common.no");
            }
            if (node.isNumber()) {
                return formats.number(node.decimalValue(), 4, locale);
            }
            String text = node.asString();
            if (UNITS.contains(field)) {
                return units.label(text);
            }
            if (COUNTRIES.contains(field) || COUNTRIES.contains(plural(field))) {
                return Countries.name(text, locale);
            }
            Map<String, String> named = names.getOrDefault(field, names.get(plural(field)));
            if (named != null && named.containsKey(text)) {
                return named.get(text);
            }
            if (DATE.matcher(text).matches()) {
                try {
                    return formats.date(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    return text;
                }
            }
            if (ENUM.matcher(text).matches()) {
                String label = first(
                        prefix + "." + field + "." + text,
                        parent == null ? null : prefix + "." + singular(parent) + "." + field + "." + text,
                        "common." + field + "." + text);
                if (label != null) {
                    return label;
                }
            }
            return text;
        }

        private String first(String... keys) {
            for (String key : keys) {
                if (key == null) {
                    continue;
                }
                try {
                    return messages.getMessage(key, null, locale);
                } catch (NoSuchMessageException e) {
                    // the next one
                }
            }
            return null;
        }

        private String text(String key) {
            return messages.getMessage(key, null, key, locale);
        }
    }

    /** {@code partners} → {@code partner}, {@code countries} → {@code country}. */
    static String singular(String field) {
        if (field.endsWith("ies")) {
            return field.substring(0, field.length() - 3) + "y";
        }
        return field.endsWith("s") ? field.substring(0, field.length() - 1) : field;
    }

    /** {@code partner} → {@code partners}, {@code country} → {@code countries}. */
    static String plural(String field) {
        return field.endsWith("y") ? field.substring(0, field.length() - 1) + "ies" : field + "s";
    }
}
