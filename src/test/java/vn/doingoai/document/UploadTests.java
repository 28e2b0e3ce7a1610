package vn.doingoai.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Uploads: rights are checked before any file is written (agreements' documents, delegations'
 * reports, the dataset page), and the dataset page's waiting uploads are discarded after their
 * import, after a failed check and when they are too old. Unit 72.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UploadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    PendingUploads pending;

    @Value("${doingoai.data-dir}")
    String dataDir;

    Api api;

    static final MockMultipartFile PDF = new MockMultipartFile(
            "file", "signed.pdf", "application/pdf", "%PDF-1.4 upload test".getBytes(StandardCharsets.UTF_8));

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        for (String[] u :
                List.of(new String[] {"up-viewer72", "VIEWER", "72"}, new String[] {"up-officer74", "OFFICER", "74"})) {
            api.post("/api/v1/users", Map.of("username", u[0], "password", "upload-pw", "role", u[1], "unit", u[2]));
        }
    }

    @Test
    void aRefusedUploadWritesNoFile() throws Exception {
        long agreement = api.json(api.post(
                                "/api/v1/agreements",
                                Map.of(
                                        "unit", "72",
                                        "level", "PROVINCE",
                                        "title", "Upload rights agreement",
                                        "status", "PROPOSED"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long delegation = api.json(api.post(
                        "/api/v1/delegations",
                        Map.of(
                                "unit", "72",
                                "direction", "OUTGOING",
                                "title", "Upload rights delegation",
                                "countries", List.of("KR"),
                                "startDate", "2022-04-04",
                                "endDate", "2022-04-08")))
                .get("id")
                .asLong();
        long documentsBefore = files("documents");
        long uploadsBefore = files("uploads");

        for (String who : List.of("up-viewer72", "up-officer74")) {
            mvc.perform(multipart("/api/v1/agreements/" + agreement + "/document")
                            .file(PDF)
                            .with(httpBasic(who, "upload-pw")))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/api/v1/delegations/" + delegation + "/report")
                            .file(PDF)
                            .with(httpBasic(who, "upload-pw")))
                    .andExpect(status().isForbidden());
        }
        var viewer = user("up-viewer72").roles("VIEWER");
        mvc.perform(multipart("/agreements")
                        .file(PDF)
                        .with(viewer)
                        .with(csrf())
                        .param("id", String.valueOf(agreement))
                        .param("unit", "72")
                        .param("level", "PROVINCE")
                        .param("status", "PROPOSED")
                        .param("title", "Not allowed"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/dataset/check")
                        .file(new MockMultipartFile(
                                "file", "d.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8)))
                        .with(viewer)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(files("documents")).isEqualTo(documentsBefore);
        assertThat(files("uploads")).isEqualTo(uploadsBefore);

        mvc.perform(multipart("/api/v1/agreements/" + agreement + "/document")
                        .file(PDF)
                        .with(httpBasic(Api.ADMIN, Api.ADMIN_PASSWORD)))
                .andExpect(status().isOk());
        assertThat(files("documents")).isEqualTo(documentsBefore + 1);
    }

    @Test
    void theDatasetPageDiscardsItsUploads() throws Exception {
        var admin = user("admin").roles("ADMIN");
        long before = files("uploads/dataset");
        String document =
                "{\"format\":\"doingoai-dataset/1\",\"partners\":[{\"ref\":\"up-p72\",\"kind\":\"OTHER\",\"name\":\"Upload page partner\",\"unit\":\"72\"}]}";
        String page = mvc.perform(multipart("/dataset/check")
                        .file(new MockMultipartFile(
                                "file", "d.json", "application/json", document.getBytes(StandardCharsets.UTF_8)))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher token =
                Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(token.find()).isTrue();
        assertThat(files("uploads/dataset")).as("waits for its import").isEqualTo(before + 1);
        mvc.perform(post("/dataset/import")
                        .param("token", token.group(1))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("dataset-result")));
        assertThat(files("uploads/dataset")).as("discarded after the import").isEqualTo(before);

        mvc.perform(post("/dataset/import")
                        .param("token", token.group(1))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("alert-danger")));
        mvc.perform(multipart("/dataset/check")
                        .file(new MockMultipartFile(
                                "file",
                                "bad.json",
                                "application/json",
                                "{\"format\":".getBytes(StandardCharsets.UTF_8)))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("alert-danger")));
        assertThat(files("uploads/dataset"))
                .as("discarded after a failed check")
                .isEqualTo(before);
    }

    @Test
    void oldUploadsAreDiscarded() throws IOException {
        Path area = Path.of(dataDir, "uploads", "dataset");
        Files.createDirectories(area);
        Path old = Files.writeString(area.resolve(UUID.randomUUID().toString()), "{}");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path fresh = Files.writeString(area.resolve(UUID.randomUUID().toString()), "{}");

        pending.discardOld();

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        Files.delete(fresh);
    }

    private long files(String under) throws IOException {
        Path dir = Path.of(dataDir, under);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
