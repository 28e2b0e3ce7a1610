package vn.doingoai.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * A backup taken while records are being written is one snapshot: the agreements it holds are
 * exactly those whose creation (and not deletion) its history holds. Read table by table without a
 * snapshot, an agreement written between the two tables would be in one and not the other. Unit 75.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackupWhileServingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void aBackupIsOneSnapshotWhileTheSystemWrites() throws Exception {
        Api api = new Api(mvc, json);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Exception> failed =
                new java.util.concurrent.atomic.AtomicReference<>();
        Thread writer = new Thread(() -> {
            while (!stop.get()) {
                try {
                    long id = api.json(api.post(
                                    "/api/v1/agreements",
                                    Map.of(
                                            "unit", "75",
                                            "level", "PROVINCE",
                                            "title", "Written during a backup",
                                            "status", "PROPOSED")))
                            .get("id")
                            .asLong();
                    if (written.incrementAndGet() % 3 == 0) {
                        api.delete("/api/v1/agreements/" + id);
                    }
                } catch (Exception e) {
                    failed.set(e);
                    return;
                }
            }
        });
        writer.start();
        try {
            while (written.get() < 3 && failed.get() == null) {
                Thread.sleep(10);
            }
            int start = written.get();
            for (int i = 0; i < 50 && written.get() < start + 20; i++) {
                assertConsistent(BackupTests.backup(api));
            }
            assertThat(written.get()).as("records were written meanwhile").isGreaterThanOrEqualTo(start + 20);
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(failed.get()).isNull();
        api.get("/api/v1/agreements?unit=75").andExpect(status().isOk());
    }

    private void assertConsistent(byte[] backup) throws Exception {
        Map<String, byte[]> entries = Zips.read(backup);
        JsonNode manifest = json.readTree(entries.get("backup.json"));
        Set<Long> agreements = new HashSet<>();
        for (String line : lines(Zips.text(entries, "tables/agreement.jsonl"))) {
            agreements.add(
                    json.readTree(line).get(column(manifest, "agreement", "id")).asLong());
        }
        Set<Long> kept = new HashSet<>();
        int type = column(manifest, "record_history", "record_type");
        int record = column(manifest, "record_history", "record_id");
        int action = column(manifest, "record_history", "action");
        for (String line : lines(Zips.text(entries, "tables/record_history.jsonl"))) {
            JsonNode row = json.readTree(line);
            if (row.get(type).asString().equals("agreement")) {
                if (row.get(action).asString().equals("DELETE")) {
                    kept.remove(row.get(record).asLong());
                } else {
                    kept.add(row.get(record).asLong());
                }
            }
        }
        assertThat(agreements).isEqualTo(kept);
    }

    private static int column(JsonNode manifest, String table, String column) {
        for (JsonNode t : manifest.get("tables")) {
            if (t.get("name").asString().equals(table)) {
                List<String> names = t.get("columns")
                        .valueStream()
                        .map(c -> c.get("name").asString())
                        .toList();
                return names.indexOf(column);
            }
        }
        throw new AssertionError("No table " + table);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
