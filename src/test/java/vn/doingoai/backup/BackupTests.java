package vn.doingoai.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;
import vn.doingoai.support.Installation;
import vn.doingoai.support.TestDatabase;

/**
 * Backup and restore, end to end: the Thái Nguyên scenario, a user, an agreement edited after its
 * creation with a signed PDF → backup → an empty installation → restore gives back the same
 * dataset export, the user's password, the PDF byte for byte and the agreement's history; a
 * restore over records is a 409 that changes nothing; a damaged backup changes nothing either.
 * With {@code DOINGOAI_TEST_DB=postgres}, a backup of H2 restores into PostgreSQL and back. Units 75 and 77.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackupTests {

    static final String SCENARIO = "thai-nguyen-2021-9m.dataset.json";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    /** What a restore must give back, read from an installation. */
    record Expected(long agreementId, byte[] pdf, JsonNode history, JsonNode export) {}

    @Test
    void aRestoredBackupGivesBackEverything() throws Exception {
        Expected expected = prepare(api, "75");
        byte[] backup = backup(api);
        assertPortable(backup);

        api.perform(post("/api/v1/backup").contentType("application/zip").content(backup))
                .andExpect(status().isConflict());
        assertThat(export(api)).as("a restore over records changes nothing").isEqualTo(expected.export());

        try (Installation empty = Installation.start()) {
            Api other = empty.api();
            byte[] nothing = backup(other);
            other.perform(post("/api/v1/backup").contentType("application/zip").content(nothing))
                    .andExpect(status().isOk());
            other.get("/api/v1/me").andExpect(status().isOk());

            byte[] damaged = damage(backup);
            other.perform(post("/api/v1/backup").contentType("application/zip").content(damaged))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("tables/agreement.jsonl")));
            assertThat(other.json(other.get("/api/v1/agreements?unit=VN"))
                            .get("total")
                            .asInt())
                    .as("a damaged backup restores nothing")
                    .isZero();

            other.perform(post("/api/v1/backup").contentType("application/zip").content(backup))
                    .andExpect(status().isOk());
            assertRestored(other, expected);

            other.perform(post("/api/v1/backup").contentType("application/zip").content(backup))
                    .andExpect(status().isConflict());
            assertThat(export(other)).as("a second restore changes nothing").isEqualTo(expected.export());

            long next = other.json(other.post(
                                    "/api/v1/agreements",
                                    Map.of(
                                            "unit",
                                            "75",
                                            "level",
                                            "PROVINCE",
                                            "title",
                                            "After the restore",
                                            "status",
                                            "PROPOSED"))
                            .andExpect(status().isCreated()))
                    .get("id")
                    .asLong();
            assertThat(next).as("ids continue above the restored ones").isGreaterThan(largestId(backup));
        }
    }

    @Test
    void aBackupOfH2RestoresIntoPostgresqlAndBack() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "needs DOINGOAI_TEST_DB=postgres");
        try (Installation h2 = Installation.startOnH2()) {
            Expected expected = prepare(h2.api(), "77");
            try (Installation postgres = Installation.start()) {
                postgres.api()
                        .perform(post("/api/v1/backup")
                                .contentType("application/zip")
                                .content(backup(h2.api())))
                        .andExpect(status().isOk());
                assertRestored(postgres.api(), expected);
                try (Installation h2Again = Installation.startOnH2()) {
                    h2Again.api()
                            .perform(post("/api/v1/backup")
                                    .contentType("application/zip")
                                    .content(backup(postgres.api())))
                            .andExpect(status().isOk());
                    assertRestored(h2Again.api(), expected);
                }
            }
        }
    }

    @Test
    void onlyAdminsOfTheCountryBackUpAndRestore() throws Exception {
        api.post(
                "/api/v1/users",
                Map.of("username", "bk-admin75", "password", "bk-pw-75", "role", "ADMIN", "unit", "75"));
        api.post(
                "/api/v1/users",
                Map.of("username", "bk-viewer75", "password", "bk-pw-75", "role", "VIEWER", "unit", "75"));
        for (String user : List.of("bk-admin75", "bk-viewer75")) {
            api.as(user, "bk-pw-75").get("/api/v1/backup").andExpect(status().isForbidden());
            api.as(user, "bk-pw-75")
                    .perform(post("/api/v1/backup")
                            .contentType("application/zip")
                            .content(new byte[] {1, 2}))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/backup").contentType("application/zip").content(new byte[] {1, 2}))
                .andExpect(status().isUnauthorized());
    }

    /** In an installation: the scenario, a user, an agreement edited after its creation with a PDF. */
    static Expected prepare(Api api, String unit) throws Exception {
        api.importDataset(Api.scenario(SCENARIO));
        api.post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "bk-officer" + unit,
                                "password",
                                "old-pw-" + unit,
                                "role",
                                "OFFICER",
                                "unit",
                                unit))
                .andExpect(status().isCreated());
        JsonNode created = api.json(api.post(
                        "/api/v1/agreements",
                        Map.of(
                                "unit",
                                unit,
                                "level",
                                "PROVINCE",
                                "title",
                                "Backup agreement " + unit,
                                "status",
                                "PROPOSED"))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        api.put(
                        "/api/v1/agreements/" + id,
                        Map.of(
                                "unit",
                                unit,
                                "level",
                                "PROVINCE",
                                "title",
                                "Backup agreement " + unit + " (edited)",
                                "status",
                                "PROPOSED",
                                "version",
                                created.get("version").asLong()))
                .andExpect(status().isOk());
        byte[] pdf = pdf();
        api.perform(multipart("/api/v1/agreements/" + id + "/document")
                        .file(new MockMultipartFile("file", "signed-" + unit + ".pdf", "application/pdf", pdf)))
                .andExpect(status().isOk());
        JsonNode history = api.json(api.get("/api/v1/agreements/" + id + "/history"));
        assertThat(history).hasSizeGreaterThanOrEqualTo(3);
        return new Expected(id, pdf, history, export(api));
    }

    static void assertRestored(Api restored, Expected expected) throws Exception {
        assertThat(export(restored)).isEqualTo(expected.export());
        String unit = expected.export()
                .get("agreements")
                .valueStream()
                .filter(a -> a.get("title").asString().startsWith("Backup agreement "))
                .map(a -> a.get("unit").asString())
                .findFirst()
                .orElseThrow();
        restored.as("bk-officer" + unit, "old-pw-" + unit).get("/api/v1/me").andExpect(status().isOk());
        byte[] pdf = restored.get("/api/v1/agreements/" + expected.agreementId() + "/document")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(pdf).isEqualTo(expected.pdf());
        assertThat(restored.json(restored.get("/api/v1/agreements/" + expected.agreementId() + "/history")))
                .isEqualTo(expected.history());
    }

    static byte[] backup(Api api) throws Exception {
        return api.get("/api/v1/backup")
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    static JsonNode export(Api api) throws Exception {
        return api.json(api.get("/api/v1/dataset?unit=VN").andExpect(status().isOk()));
    }

    /** A signed document: a PDF header, then every byte value (nothing a text conversion would keep). */
    static byte[] pdf() {
        byte[] pdf = new byte[4096];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, header.length);
        for (int i = header.length; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31);
        }
        return pdf;
    }

    /** The zip holds everything, in forms that do not depend on the database it came from. */
    void assertPortable(byte[] backup) throws Exception {
        Map<String, byte[]> entries = Zips.read(backup);
        JsonNode manifest = json.readTree(entries.get("backup.json"));
        assertThat(manifest.get("format").asString()).isEqualTo("doingoai-backup/1");
        assertThat(manifest.get("schemaVersion").asString()).isNotBlank();
        Set<String> tables = new HashSet<>();
        for (JsonNode table : manifest.get("tables")) {
            tables.add(table.get("name").asString());
            for (JsonNode column : table.get("columns")) {
                assertThat(Schema.KINDS).contains(column.get("kind").asString());
            }
            assertThat(entries).containsKey("tables/" + table.get("name").asString() + ".jsonl");
        }
        assertThat(tables)
                .contains("org_unit", "app_user", "record_history", "agreement", "exchange_rate", "partner")
                .doesNotContain("spring_session", "spring_session_attributes", "flyway_schema_history");
        assertThat(manifest.get("documents")).isNotEmpty();
        String users = Zips.text(entries, "tables/app_user.jsonl");
        assertThat(users)
                .contains("{bcrypt}")
                .containsPattern("\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z\"");
    }

    /** The backup with the agreements' last row made unreadable. */
    static byte[] damage(byte[] backup) throws Exception {
        Map<String, byte[]> entries = Zips.read(backup);
        String agreements = Zips.text(entries, "tables/agreement.jsonl");
        int last = agreements.lastIndexOf('\n');
        entries.put(
                "tables/agreement.jsonl",
                (agreements.substring(0, last + 1) + "[\"not a row\"]").getBytes(StandardCharsets.UTF_8));
        return Zips.write(entries);
    }

    /** The largest id of the backup's records. */
    long largestId(byte[] backup) throws Exception {
        Map<String, byte[]> entries = Zips.read(backup);
        long largest = 0;
        for (String line : Zips.text(entries, "tables/agreement.jsonl").split("\n")) {
            largest = Math.max(largest, json.readTree(line).get(0).asLong());
        }
        return largest;
    }
}
