package vn.doingoai.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads a record's history, newest first, as changes between consecutive snapshots. */
@Service
public class HistoryService {

    private static final Set<String> NOT_SHOWN = Set.of("version", "id");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    HistoryService(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<HistoryEntry> of(String recordType, Long recordId) {
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, String> before = Map.of();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select action, changed_at, changed_by, snapshot from record_history"
                        + " where record_type = ? and record_id = ? order by id",
                recordType,
                recordId);
        for (Map<String, Object> row : rows) {
            HistoryAction action = HistoryAction.valueOf((String) row.get("action"));
            Object snapshot = row.get("snapshot");
            Map<String, String> after = snapshot == null ? Map.of() : flatten(snapshot.toString());
            List<HistoryEntry.Change> changes = diff(before, after);
            if (action != HistoryAction.UPDATE || !changes.isEmpty()) {
                entries.add(new HistoryEntry(
                        instant(row.get("changed_at")), (String) row.get("changed_by"), action, changes));
            }
            before = after;
        }
        java.util.Collections.reverse(entries);
        return entries;
    }

    /**
     * Whether the installation holds records: any change of a record other than a user was ever
     * kept (a deleted record's history counts too).
     */
    public boolean holdsRecords() {
        return !jdbc.queryForList("select 1 from record_history where record_type <> 'user' limit 1", Integer.class)
                .isEmpty();
    }

    /** The unit of a record in its last recorded change (a deleted record's too); null when it had none. */
    public String lastUnit(String recordType, Long recordId) {
        return jdbc
                .queryForList(
                        "select unit_code from record_history where record_type = ? and record_id = ?"
                                + " order by id desc limit 1",
                        String.class,
                        recordType,
                        recordId)
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.Instant i) {
            return i;
        }
        return java.time.Instant.parse(value.toString());
    }

    private Map<String, String> flatten(String snapshot) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode node = json.readTree(snapshot);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!NOT_SHOWN.contains(field.getKey())) {
                JsonNode value = field.getValue();
                fields.put(field.getKey(), value.isValueNode() ? value.asString() : value.toString());
            }
        }
        return fields;
    }

    private static List<HistoryEntry.Change> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<HistoryEntry.Change> changes = new ArrayList<>();
        for (String key : keys) {
            String b = blankToNull(before.get(key));
            String a = blankToNull(after.get(key));
            if (!Objects.equals(b, a)) {
                changes.add(new HistoryEntry.Change(key, b, a));
            }
        }
        return changes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() || value.equals("null") || value.equals("[]") ? null : value;
    }
}
