package vn.doingoai.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.doingoai.support.Api;
import vn.doingoai.support.Installation;

/**
 * A backup of an older schema version restores into a newer installation: its tables are migrated
 * by the application's own migrations on the way, as an upgrade would migrate the installation it
 * came from. A backup of a newer version, or of a version the application never had, is a 400 that
 * names both versions and changes nothing.
 *
 * <p>The older backup is the real thing: a backup of this installation cut down to the tables and
 * columns that Flyway's migrations up to {@link #OLD} make (every migration after it only adds
 * tables and columns; V90 adds {@code org_unit.border} and sets it for the border provinces, which
 * the restore must therefore do again). Unit 37 and agreement titles of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class OlderBackupTests {

    /** The schema version of the older backup: V86, before V90 (the border flag of provinces). */
    static final String OLD = "86";

    /** The dataset sections whose tables came after {@link #OLD}: an older backup cannot hold them. */
    static final Set<String> NEWER_SECTIONS = Set.of(
            "ngoRegistrations", "letters", "overseasDonations", "borderGates", "borderIncidents", "friendshipPairs");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    SchemaSource schemas;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    @Test
    void aBackupOfAnOlderVersionIsMigratedAsItIsRestored(CapturedOutput output) throws Exception {
        long agreement = agreementWithHistoryAndPdf();
        api.post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "old-bk-officer",
                                "password",
                                "old-bk-pw-37",
                                "role",
                                "OFFICER",
                                "unit",
                                "37"))
                .andExpect(status().isCreated());
        byte[] older = olderVersion(BackupTests.backup(api));
        JsonNode history = api.json(api.get("/api/v1/agreements/" + agreement + "/history"));
        JsonNode export = withoutNewerSections(BackupTests.export(api));

        // into an installation that holds records: 409 before any work, nothing changed
        api.perform(post("/api/v1/backup").contentType("application/zip").content(older))
                .andExpect(status().isConflict());

        try (Installation empty = Installation.start()) {
            Api other = empty.api();
            other.perform(post("/api/v1/backup").contentType("application/zip").content(older))
                    .andExpect(status().isOk());
            assertThat(withoutNewerSections(BackupTests.export(other))).isEqualTo(export);
            other.as("old-bk-officer", "old-bk-pw-37").get("/api/v1/me").andExpect(status().isOk());
            assertThat(other.get("/api/v1/agreements/" + agreement + "/document")
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsByteArray())
                    .isEqualTo(BackupTests.pdf());
            assertThat(other.json(other.get("/api/v1/agreements/" + agreement + "/history")))
                    .isEqualTo(history);
            // V90 ran on the restored units: the border provinces are flagged again
            other.get("/api/v1/units/04").andExpect(jsonPath("$.border").value(true));
            other.get("/api/v1/units/01").andExpect(jsonPath("$.border").value(false));
            // and the installation works on: a record of a table the old version did not have
            other.post(
                            "/api/v1/letters",
                            Map.of(
                                    "unit",
                                    "37",
                                    "direction",
                                    "SENT",
                                    "date",
                                    "2024-02-05",
                                    "occasion",
                                    "HOLIDAY",
                                    "subject",
                                    "Thư chúc Tết sau khôi phục"))
                    .andExpect(status().isCreated());
            // a second restore, now over records: 409
            other.perform(post("/api/v1/backup").contentType("application/zip").content(older))
                    .andExpect(status().isConflict());
            assertThat(scratchSchemas(empty))
                    .as("no scratch schema is left behind")
                    .isZero();
        }
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void aBackupOfANewerOrUnknownVersionIsRefusedWithBothVersions() throws Exception {
        byte[] backup = BackupTests.backup(api);
        String current = schemas.version();
        try (Installation empty = Installation.start()) {
            Api other = empty.api();
            other.perform(post("/api/v1/backup").contentType("application/zip").content(withVersion(backup, "999")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("schemaVersion"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value(org.hamcrest.Matchers.allOf(
                                    org.hamcrest.Matchers.containsString("mới hơn"),
                                    org.hamcrest.Matchers.containsString("999"),
                                    org.hamcrest.Matchers.containsString(current))));
            other.perform(post("/api/v1/backup?lang=en")
                            .contentType("application/zip")
                            .content(withVersion(backup, "89.5")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("schemaVersion"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("89.5")));
            assertThat(other.json(other.get("/api/v1/agreements?unit=VN"))
                            .get("total")
                            .asInt())
                    .as("nothing restored")
                    .isZero();
        }
    }

    /** An agreement of unit 37, edited after its creation, with a signed PDF; its id. */
    private long agreementWithHistoryAndPdf() throws Exception {
        JsonNode created = api.json(api.post(
                        "/api/v1/agreements",
                        Map.of("unit", "37", "level", "PROVINCE", "title", "Thỏa thuận cũ 37", "status", "PROPOSED"))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        api.put(
                        "/api/v1/agreements/" + id,
                        Map.of(
                                "unit",
                                "37",
                                "level",
                                "PROVINCE",
                                "title",
                                "Thỏa thuận cũ 37 (sửa)",
                                "status",
                                "PROPOSED",
                                "version",
                                created.get("version").asLong()))
                .andExpect(status().isOk());
        api.perform(multipart("/api/v1/agreements/" + id + "/document")
                        .file(new MockMultipartFile("file", "old-37.pdf", "application/pdf", BackupTests.pdf())))
                .andExpect(status().isOk());
        return id;
    }

    /**
     * The backup as version {@link #OLD} wrote it: only the tables and columns that the migrations
     * up to it make (read from a scratch schema migrated to it), the manifest saying so.
     */
    private byte[] olderVersion(byte[] backup) throws Exception {
        Map<String, List<String>> old = oldTables();
        Map<String, byte[]> entries = Zips.read(backup);
        ObjectNode manifest = (ObjectNode) json.readTree(entries.get("backup.json"));
        ArrayNode tables = json.createArrayNode();
        for (JsonNode table : manifest.get("tables")) {
            String name = table.get("name").asString();
            String entry = "tables/" + name + ".jsonl";
            List<String> kept = old.get(name);
            if (kept == null) {
                entries.remove(entry);
                continue;
            }
            List<Integer> indexes = new ArrayList<>();
            ArrayNode columns = json.createArrayNode();
            for (int i = 0; i < table.get("columns").size(); i++) {
                if (kept.contains(table.get("columns").get(i).get("name").asString())) {
                    indexes.add(i);
                    columns.add(table.get("columns").get(i));
                }
            }
            assertThat(columns).as(name).hasSize(kept.size());
            StringBuilder rows = new StringBuilder();
            for (String line : Zips.text(entries, entry).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                ArrayNode cut = json.createArrayNode();
                indexes.forEach(i -> cut.add(row.get(i)));
                rows.append(json.writeValueAsString(cut)).append('\n');
            }
            entries.put(entry, rows.toString().getBytes(StandardCharsets.UTF_8));
            ((ObjectNode) table).set("columns", columns);
            tables.add(table);
        }
        assertThat(tables.valueStream().map(t -> t.get("name").asString()))
                .as("the older backup lacks the newer tables")
                .contains("agreement", "org_unit", "app_user", "record_history")
                .doesNotContain("border_gate", "report_draft");
        manifest.set("tables", tables);
        manifest.put("schemaVersion", OLD);
        entries.put("backup.json", json.writeValueAsBytes(manifest));
        return Zips.write(entries);
    }

    /** The backed-up tables of schema version {@link #OLD} with their columns, from a scratch schema. */
    private Map<String, List<String>> oldTables() throws Exception {
        String scratch = "old" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            Flyway.configure(flyway.getConfiguration().getClassLoader())
                    .configuration(flyway.getConfiguration())
                    .schemas(scratch)
                    .defaultSchema(scratch)
                    .createSchemas(true)
                    .target(MigrationVersion.fromVersion(OLD))
                    .load()
                    .migrate();
            Map<String, List<String>> tables = new HashMap<>();
            try (Connection c = dataSource.getConnection()) {
                String schema = c.getSchema();
                c.setSchema(scratch);
                try {
                    schemas.read(c).tables().forEach(t -> tables.put(t.name(), t.columnNames()));
                } finally {
                    c.setSchema(schema);
                }
            }
            assertThat(tables.get("org_unit")).doesNotContain("border");
            return tables;
        } finally {
            new JdbcTemplate(dataSource).execute("drop schema if exists \"" + scratch + "\" cascade");
        }
    }

    private byte[] withVersion(byte[] backup, String version) throws Exception {
        Map<String, byte[]> entries = Zips.read(backup);
        ObjectNode manifest = (ObjectNode) json.readTree(entries.get("backup.json"));
        manifest.put("schemaVersion", version);
        entries.put("backup.json", json.writeValueAsBytes(manifest));
        return Zips.write(entries);
    }

    private static JsonNode withoutNewerSections(JsonNode export) {
        ObjectNode copy = (ObjectNode) export.deepCopy();
        NEWER_SECTIONS.forEach(copy::remove);
        return copy;
    }

    /** The schemas a restore made for its work that are still there. */
    private static int scratchSchemas(Installation installation) throws Exception {
        DataSource installed = installation.bean(DataSource.class);
        return new JdbcTemplate(installed)
                .queryForObject(
                        "select count(*) from information_schema.schemata where schema_name like 'restore_%'",
                        Integer.class);
    }
}
