package vn.doingoai.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import vn.doingoai.document.DocumentStore;

/**
 * Writes a backup: every table in one read-only transaction at snapshot isolation (the system keeps
 * serving meanwhile), then the kept documents, then the manifest. Documents are written once and
 * never removed, and a record is committed only after its document is in place, so every document
 * the snapshot names is there to be copied.
 */
@Component
class BackupWriter {

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final SchemaSource schemas;
    private final DocumentStore documents;
    private final ObjectMapper json;
    private final ObjectWriter lines;

    BackupWriter(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            SchemaSource schemas,
            DocumentStore documents,
            ObjectMapper json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.transactions = transactions;
        this.schemas = schemas;
        this.documents = documents;
        this.json = json;
        this.lines = json.writer().withRootValueSeparator("\n");
    }

    void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        String version = schemas.version();
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(schemas.snapshotIsolation());
        List<Manifest.Table> tables = snapshot.execute(status -> {
            Schema schema = schemas.read();
            List<Manifest.Table> written = new ArrayList<>();
            for (Schema.Table table : schema.tables()) {
                written.add(table(zip, jdbc, table));
            }
            return written;
        });
        List<Manifest.Document> kept = new ArrayList<>();
        for (String path : documents.paths()) {
            zip.putNextEntry(new ZipEntry("documents/" + path));
            try (InputStream in = documents.open(path)) {
                kept.add(new Manifest.Document(path, in.transferTo(zip)));
            }
            zip.closeEntry();
        }
        manifest(zip, version, tables, kept);
        zip.finish();
        zip.flush();
    }

    /**
     * A backup of the tables of the connection's current schema alone, at schema version {@code
     * version}, without documents: what a restore of an older backup makes of its scratch schema
     * once Flyway has migrated it (the connection is the restore's own; nothing else writes there).
     */
    void writeTables(OutputStream out, Connection connection, Schema schema, String version) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        JdbcTemplate scratch = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        scratch.setFetchSize(500);
        List<Manifest.Table> tables = new ArrayList<>();
        for (Schema.Table table : schema.tables()) {
            tables.add(table(zip, scratch, table));
        }
        manifest(zip, version, tables, List.of());
        zip.finish();
        zip.flush();
    }

    private void manifest(
            ZipOutputStream zip, String version, List<Manifest.Table> tables, List<Manifest.Document> kept)
            throws IOException {
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        json.writerWithDefaultPrettyPrinter()
                .writeValue(
                        StreamUtils.nonClosing(zip),
                        new Manifest(
                                Manifest.FORMAT,
                                version,
                                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                                schemas.product(),
                                tables,
                                kept));
        zip.closeEntry();
    }

    /** One table as JSON lines, one array per row, in the order of its primary key. */
    private Manifest.Table table(ZipOutputStream zip, JdbcTemplate jdbc, Schema.Table table) {
        List<Schema.Column> columns = table.columns();
        String select = "select " + columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "))
                + " from " + quote(table.name())
                + (table.primaryKey().isEmpty()
                        ? ""
                        : " order by "
                                + table.primaryKey().stream()
                                        .map(BackupWriter::quote)
                                        .collect(Collectors.joining(", ")));
        long[] rows = {0};
        try {
            zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".jsonl"));
            try (JsonGenerator out = lines.createGenerator(StreamUtils.nonClosing(zip))) {
                jdbc.query(select, rs -> {
                    out.writeStartArray();
                    for (int i = 0; i < columns.size(); i++) {
                        Values.write(out, rs, i + 1, columns.get(i).kind());
                    }
                    out.writeEndArray();
                    rows[0]++;
                });
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifest.Table(
                table.name(),
                columns.stream()
                        .map(c -> new Manifest.Column(c.name(), c.kind()))
                        .toList(),
                rows[0]);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
