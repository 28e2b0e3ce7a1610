package vn.doingoai.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.doingoai.support.Api;

/**
 * A bad backup is a 400 problem at the part it concerns, checked before anything else (so also on
 * an installation that holds records), never a 500 and never an ERROR in the log: not a zip, an
 * empty body, a missing manifest or table, a newer schema version, a zip bomb, a document path
 * outside the store, a damaged entry.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class BadBackupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    @Test
    void badBackupsAreProblems(CapturedOutput output) throws Exception {
        restore("not a zip at all".getBytes(StandardCharsets.UTF_8), "body");
        restore(new byte[0], "body");
        restore(Zips.write(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8))), "backup.json");

        byte[] backup = BackupTests.backup(api);
        Map<String, byte[]> withoutPartners = Zips.read(backup);
        withoutPartners.remove("tables/partner.jsonl");
        restore(Zips.write(withoutPartners), "tables/partner.jsonl");

        restore(withManifest(backup, m -> m.put("schemaVersion", "999")), "schemaVersion");
        restore(withManifest(backup, m -> m.put("format", "something-else/1")), "backup.json");
        restore(
                withManifest(backup, m -> m.putArray("documents")
                        .addObject()
                        .put("path", "../../../etc/passwd")
                        .put("size", 1)),
                "backup.json");

        Map<String, byte[]> unreadableManifest = Zips.read(backup);
        unreadableManifest.put("backup.json", "{\"format\": ".getBytes(StandardCharsets.UTF_8));
        restore(Zips.write(unreadableManifest), "backup.json");

        restore(bomb(), "body");
        restore(damaged(), "body");

        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    private ResultActions restore(byte[] zip, String field) throws Exception {
        return api.perform(post("/api/v1/backup").contentType("application/zip").content(zip))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private byte[] withManifest(byte[] backup, java.util.function.Consumer<ObjectNode> change) throws Exception {
        Map<String, byte[]> entries = Zips.read(backup);
        ObjectNode manifest = (ObjectNode) json.readTree(entries.get("backup.json"));
        change.accept(manifest);
        entries.put("backup.json", json.writeValueAsBytes(manifest));
        return Zips.write(entries);
    }

    /** A zip of a few hundred kilobytes that unpacks to 300 MB. */
    private static byte[] bomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("backup.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("documents/agreement/00000000-0000-0000-0000-000000000000"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(1024 * 1024);
        return bytes.toByteArray();
    }

    /** A zip with one byte of an entry's data changed: its checksum fails. */
    private static byte[] damaged() throws Exception {
        byte[] noise = new byte[100_000];
        new java.util.Random(7).nextBytes(noise);
        byte[] zip = Zips.write(Map.of("tables/org_unit.jsonl", noise));
        zip[zip.length / 2] ^= 0x55;
        return zip;
    }
}
