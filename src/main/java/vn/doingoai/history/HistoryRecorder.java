package vn.doingoai.history;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes one snapshot per change, in the transaction of the change itself. */
@Component
public class HistoryRecorder {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    HistoryRecorder(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(Historied record, HistoryAction action, String username) {
        String snapshot = action == HistoryAction.DELETE ? null : json.writeValueAsString(record.historySnapshot());
        jdbc.update(
                "insert into record_history (record_type, record_id, unit_code, action, changed_at, changed_by, snapshot)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                record.historyType(),
                record.getId(),
                record.getUnitCode(),
                action.name(),
                Timestamp.from(Instant.now()),
                username,
                snapshot);
    }
}
