package vn.doingoai.backup;

import static vn.doingoai.backup.BackupWriter.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.InvalidInputException;

/**
 * Puts a backup's tables in place of the installation's, in the caller's transaction: every table
 * emptied (children first), every row inserted (parents first; a table that refers to itself, such
 * as the units, parents before children), then every sequence and identity column moved past the
 * restored ids. A row the database refuses is a problem at its place in the backup
 * ({@code tables/agreement.jsonl[12]}), and the caller's transaction undoes everything.
 */
@Component
class Restorer {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    Restorer(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Restores the tables in the current transaction; answers the number of rows restored. */
    long restore(BackupArchive archive, Schema schema) {
        return jdbc.execute((ConnectionCallback<Long>) c -> restore(c, archive, schema));
    }

    /** Restores the tables into the connection's current schema (a restore's scratch schema too). */
    long restore(Connection c, BackupArchive archive, Schema schema) throws SQLException {
        Map<String, Manifest.Table> saved = archive.manifest().tables().stream()
                .collect(Collectors.toMap(Manifest.Table::name, t -> t, (a, b) -> a));
        List<Schema.Table> childrenFirst = new ArrayList<>(schema.tables());
        Collections.reverse(childrenFirst);
        try (Statement statement = c.createStatement()) {
            for (Schema.Table table : childrenFirst) {
                statement.executeUpdate("delete from " + quote(table.name()));
            }
        }
        long restored = 0;
        for (Schema.Table table : schema.tables()) {
            restored += insert(c, archive, table, saved.get(table.name()));
        }
        moveSequencesPastIds(c, schema);
        return restored;
    }

    private long insert(Connection c, BackupArchive archive, Schema.Table table, Manifest.Table saved)
            throws SQLException {
        List<String> names = saved.columnNames();
        Map<String, Schema.Column> columns = new HashMap<>();
        table.columns().forEach(col -> columns.put(col.name(), col));
        String sql = "insert into " + quote(table.name()) + " ("
                + names.stream().map(BackupWriter::quote).collect(Collectors.joining(", ")) + ") values ("
                + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
        List<Object[]> selfReferring = new ArrayList<>();
        long count = 0;
        try (PreparedStatement ps = c.prepareStatement(sql);
                BufferedReader lines = new BufferedReader(
                        new InputStreamReader(archive.open(saved.entry()), StandardCharsets.UTF_8))) {
            int batched = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Object[] row = row(parse(line, saved, count), saved, count);
                count++;
                if (!table.selfReferences().isEmpty()) {
                    selfReferring.add(row);
                    continue;
                }
                bind(ps, row, names, columns);
                ps.addBatch();
                if (++batched == BATCH) {
                    execute(ps, saved);
                    batched = 0;
                }
            }
            execute(ps, saved);
            if (!selfReferring.isEmpty()) {
                insertParentsFirst(ps, table, saved, selfReferring, columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (count != saved.rows()) {
            throw new InvalidInputException(saved.entry(), "backup.rowCount");
        }
        return count;
    }

    /** Rows of a table that refers to itself, in waves: each row after the rows it refers to. */
    private void insertParentsFirst(
            PreparedStatement ps,
            Schema.Table table,
            Manifest.Table saved,
            List<Object[]> rows,
            Map<String, Schema.Column> columns)
            throws SQLException {
        List<String> names = saved.columnNames();
        Map<Schema.SelfReference, Set<List<Object>>> present = new HashMap<>();
        table.selfReferences().forEach(ref -> present.put(ref, new HashSet<>()));
        List<Object[]> waiting = rows;
        while (!waiting.isEmpty()) {
            List<Object[]> ready = new ArrayList<>();
            List<Object[]> later = new ArrayList<>();
            for (Object[] row : waiting) {
                (refersOnlyTo(row, names, present) ? ready : later).add(row);
            }
            if (ready.isEmpty()) {
                throw new InvalidInputException(saved.entry(), "backup.rejected");
            }
            for (Object[] row : ready) {
                bind(ps, row, names, columns);
                ps.addBatch();
                present.forEach((ref, keys) -> keys.add(values(row, names, ref.referenced())));
            }
            execute(ps, saved);
            waiting = later;
        }
    }

    private static boolean refersOnlyTo(
            Object[] row, List<String> names, Map<Schema.SelfReference, Set<List<Object>>> present) {
        for (Map.Entry<Schema.SelfReference, Set<List<Object>>> e : present.entrySet()) {
            List<Object> target = values(row, names, e.getKey().columns());
            boolean none = target.stream().allMatch(v -> v == null);
            if (!none
                    && !e.getValue().contains(target)
                    && !target.equals(values(row, names, e.getKey().referenced()))) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> values(Object[] row, List<String> names, List<String> columns) {
        List<Object> values = new ArrayList<>();
        for (String column : columns) {
            values.add(row[names.indexOf(column)]);
        }
        return values;
    }

    private JsonNode parse(String line, Manifest.Table saved, long index) {
        try {
            return json.readTree(line);
        } catch (JacksonException e) {
            throw new InvalidInputException(saved.entry() + "[" + index + "]", "backup.unreadable");
        }
    }

    private static Object[] row(JsonNode line, Manifest.Table saved, long index) {
        List<Manifest.Column> columns = saved.columns();
        if (!line.isArray() || line.size() != columns.size()) {
            throw new InvalidInputException(saved.entry() + "[" + index + "]", "backup.unreadable");
        }
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            try {
                row[i] = Values.read(line.get(i), columns.get(i).kind());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(saved.entry() + "[" + index + "]", "backup.unreadable");
            }
        }
        return row;
    }

    private static void bind(PreparedStatement ps, Object[] row, List<String> names, Map<String, Schema.Column> columns)
            throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Values.bind(ps, i + 1, row[i], columns.get(names.get(i)).sqlType());
        }
    }

    private static void execute(PreparedStatement ps, Manifest.Table saved) {
        try {
            ps.executeBatch();
        } catch (SQLException e) {
            throw new InvalidInputException(saved.entry(), "backup.rejected");
        }
    }

    /**
     * Moves every sequence past the largest restored key (with room for the block of ids an
     * application takes at once), and every identity column past its largest value.
     */
    private static void moveSequencesPastIds(Connection c, Schema schema) throws SQLException {
        Long largest = null;
        try (Statement statement = c.createStatement()) {
            for (Schema.Table table : schema.tables()) {
                if (table.primaryKey().size() == 1) {
                    String key = table.primaryKey().get(0);
                    boolean integer = table.columns().stream()
                            .anyMatch(
                                    col -> col.name().equals(key) && col.kind().equals("integer"));
                    Long max = integer ? max(statement, table.name(), key) : null;
                    if (max != null && (largest == null || max > largest)) {
                        largest = max;
                    }
                }
            }
            if (largest != null) {
                for (Schema.Sequence sequence : schema.sequences()) {
                    statement.execute("alter sequence " + quote(sequence.name()) + " restart with "
                            + (largest + Math.abs(sequence.increment()) + 1));
                }
            }
            for (Schema.Identity identity : schema.identities()) {
                if (schema.table(identity.table()) != null) {
                    Long max = max(statement, identity.table(), identity.column());
                    if (max != null) {
                        statement.execute("alter table " + quote(identity.table()) + " alter column "
                                + quote(identity.column()) + " restart with " + (max + 1));
                    }
                }
            }
        }
    }

    private static Long max(Statement statement, String table, String column) throws SQLException {
        try (var rs = statement.executeQuery("select max(" + quote(column) + ") from " + quote(table))) {
            rs.next();
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }
}
