package vn.doingoai.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes one snapshot per change, in the transaction of the change itself. Bulk work (an import)
 * gathers the snapshots in a batch ({@link #batched}) and writes them with one statement per
 * batch at {@link #writeBatch()}; otherwise each is written at once.
 */
@Component
public class HistoryRecorder {

    private static final String INSERT =
            "insert into record_history (record_type, record_id, unit_code, action, changed_at, changed_by, snapshot)"
                    + " values (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ThreadLocal<List<Object[]>> batch = new ThreadLocal<>();

    HistoryRecorder(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(Historied record, HistoryAction action, String username) {
        String snapshot = action == HistoryAction.DELETE ? null : json.writeValueAsString(record.historySnapshot());
        Object[] row = {
            record.historyType(),
            record.getId(),
            record.getUnitCode(),
            action.name(),
            Timestamp.from(Instant.now()),
            username,
            snapshot
        };
        List<Object[]> rows = batch.get();
        if (rows == null) {
            jdbc.update(INSERT, row);
        } else {
            rows.add(row);
        }
    }

    /**
     * Runs bulk work with its snapshots gathered; the work calls {@link #writeBatch()} after each
     * flush of its changes, and once more at the end.
     */
    public <T> T batched(Supplier<T> work) {
        if (batch.get() != null) {
            return work.get();
        }
        batch.set(new ArrayList<>());
        try {
            T result = work.get();
            writeBatch();
            return result;
        } finally {
            batch.remove();
        }
    }

    /** Writes the snapshots gathered so far (in the current transaction). */
    public void writeBatch() {
        List<Object[]> rows = batch.get();
        if (rows != null && !rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
            rows.clear();
        }
    }
}
