package vn.doingoai.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.hamcrest.Matchers;
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

/**
 * News on the API and in the dataset (unit 92): bodies cleaned when saved, the language vi or en,
 * drafts by officers, publishing by an approver only, the section {@code news} of API.md's shape,
 * its history and the figure {@code information.articles}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewsTests {

    static final String OFFICER = "news-officer92";
    static final String APPROVER = "news-leader92";
    static final String PASSWORD = "news-test-pw-92";

    /** A PNG of one pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api admin;
    Api officer;
    Api approver;

    @BeforeEach
    void setUp() throws Exception {
        admin = new Api(mvc, json);
        admin.post("/api/v1/users", Map.of("username", OFFICER, "password", PASSWORD, "role", "OFFICER", "unit", "92"));
        admin.post(
                "/api/v1/users", Map.of("username", APPROVER, "password", PASSWORD, "role", "APPROVER", "unit", "92"));
        officer = admin.as(OFFICER, PASSWORD);
        approver = admin.as(APPROVER, PASSWORD);
    }

    static Map<String, Object> item(String title, String body) {
        Map<String, Object> n = new HashMap<>();
        n.put("unit", "92");
        n.put("language", "vi");
        n.put("title", title);
        n.put("summary", "Tóm tắt " + title);
        n.put("body", body);
        return n;
    }

    JsonNode create(Api as, Map<String, Object> body) throws Exception {
        return as.json(as.post("/api/v1/news", body).andExpect(status().isCreated()));
    }

    @Test
    void aScriptIsRemovedFromTheBodyWhenSaved() throws Exception {
        String body = create(officer, item("Tin có script", "<p>Trước<script>alert('x')</script>sau</p>"))
                .get("body")
                .asString();
        assertThat(body)
                .doesNotContainIgnoringCase("script")
                .doesNotContain("alert")
                .contains("Trước", "sau");
    }

    @Test
    void anEventHandlerIsRemovedFromTheBodyWhenSaved() throws Exception {
        String body = create(
                        officer,
                        item(
                                "Tin có onerror",
                                "<p onclick=\"steal()\">Ảnh <img src=x onerror=\"alert(1)\"><b onmouseover=x()>đậm</b></p>"))
                .get("body")
                .asString();
        assertThat(body)
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onmouseover")
                .doesNotContain("<img")
                .contains("<b>đậm</b>");
    }

    @Test
    void aJavascriptLinkIsRemovedFromTheBodyWhenSaved() throws Exception {
        String body = create(
                        officer,
                        item(
                                "Tin có javascript",
                                "<p><a href=\"javascript:alert(1)\">xấu</a> <a href=\"JaVaScRiPt&#58;alert(2)\">xấu 2</a>"
                                        + " <a href=\"https://thainguyen.gov.vn/tin\">tốt</a> <a href=\"/p/92\">trang</a></p>"))
                .get("body")
                .asString();
        assertThat(body)
                .doesNotContainIgnoringCase("javascript")
                .contains("href=\"https://thainguyen.gov.vn/tin\"", "href=\"/p/92\"", "xấu");
    }

    @Test
    void aLanguageOtherThanViOrEnIsAProblemAtItsPath() throws Exception {
        Map<String, Object> french = item("Tin tiếng Pháp", "<p>Bonjour</p>");
        french.put("language", "fr");
        officer.post("/api/v1/news", french)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("language")));
        admin.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1", "news": [
                          {"ref": "news92-fr", "unit": "92", "language": "fr", "title": "Pháp", "status": "DRAFT"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("news[0].language")));
    }

    @Test
    void onlyAnApproverPublishesAndIsRecorded() throws Exception {
        Map<String, Object> published = item("Tin đăng thẳng", "<p>x</p>");
        published.put("status", "PUBLISHED");
        officer.post("/api/v1/news", published).andExpect(status().isForbidden());

        JsonNode draft = create(officer, item("Tin chờ duyệt 92", "<p>Nội dung</p>"));
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        long id = draft.get("id").asLong();
        officer.post("/api/v1/news/" + id + "/publish", Map.of("version", 0)).andExpect(status().isForbidden());
        Map<String, Object> put = item("Tin chờ duyệt 92", "<p>Nội dung</p>");
        put.put("version", 0);
        put.put("status", "PUBLISHED");
        officer.put("/api/v1/news/" + id, put)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));

        JsonNode done = approver.json(approver.post("/api/v1/news/" + id + "/publish", Map.of("version", 0))
                .andExpect(status().isOk()));
        assertThat(done.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(done.get("publishedBy").asString()).isEqualTo(APPROVER);
        assertThat(done.get("publishedOn").asString())
                .isEqualTo(java.time.LocalDate.now().toString());

        // a published item is the approver's: the officer neither changes, takes down nor deletes it
        Map<String, Object> changed = item("Tin chờ duyệt 92 (sửa)", "<p>Nội dung</p>");
        changed.put("version", done.get("version").asLong());
        changed.put("status", "PUBLISHED");
        officer.put("/api/v1/news/" + id, changed).andExpect(status().isForbidden());
        officer.post("/api/v1/news/" + id + "/unpublish", Map.of()).andExpect(status().isForbidden());
        officer.delete("/api/v1/news/" + id).andExpect(status().isForbidden());
        assertThat(officer.json(officer.get("/api/v1/news/" + id)).get("title").asString())
                .isEqualTo("Tin chờ duyệt 92");

        JsonNode back = approver.json(
                approver.post("/api/v1/news/" + id + "/unpublish", Map.of()).andExpect(status().isOk()));
        assertThat(back.get("status").asString()).isEqualTo("DRAFT");
        assertThat(back.has("publishedBy")).isFalse();
        JsonNode history =
                admin.json(admin.get("/api/v1/news/" + id + "/history").andExpect(status().isOk()));
        assertThat(history).hasSize(3);
        assertThat(history.get(1).toString()).contains("PUBLISHED");
    }

    @Test
    void theDatasetSectionHasTheShapeOfTheContractAndReimportsToNothing() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1", "news": [
                  {"ref": "news92-a", "unit": "92", "language": "vi", "title": "Hợp tác với Nhật Bản",
                   "summary": "Tóm tắt", "body": "<p>Nội dung<script>x()</script></p>",
                   "publishedOn": "2021-10-20", "status": "PUBLISHED"},
                  {"ref": "news92-b", "unit": "92", "language": "en", "title": "A draft", "status": "DRAFT"}]}""";
        officer.post("/api/v1/dataset", document)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("news[0].status")));
        assertThat(approver.importDataset(document).get("created").asInt()).isEqualTo(2);
        JsonNode again = approver.importDataset(document);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        // an officer re-importing it unchanged is no change; changing the published item is refused
        JsonNode unchanged = officer.importDataset(document);
        assertThat(unchanged.get("updated").asInt()).isZero();
        officer.post("/api/v1/dataset", document.replace("Hợp tác với Nhật Bản", "Đã sửa"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("news[0].status")));

        JsonNode exported = admin.json(admin.get("/api/v1/dataset?unit=92")).get("news");
        JsonNode a = null;
        for (JsonNode n : exported) {
            if (n.get("ref").asString().equals("news92-a")) {
                a = n;
            }
        }
        assertThat(a).isNotNull();
        assertThat(a.get("unit").asString()).isEqualTo("92");
        assertThat(a.get("language").asString()).isEqualTo("vi");
        assertThat(a.get("title").asString()).isEqualTo("Hợp tác với Nhật Bản");
        assertThat(a.get("summary").asString()).isEqualTo("Tóm tắt");
        assertThat(a.get("body").asString()).isEqualTo("<p>Nội dung</p>");
        assertThat(a.get("publishedOn").asString()).isEqualTo("2021-10-20");
        assertThat(a.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(a.get("publishedBy").asString()).isEqualTo(APPROVER);
        assertThat(a.has("id")).isFalse();
        assertThat(a.has("version")).isFalse();

        JsonNode summary = admin.json(admin.get("/api/v1/reports/summary?unit=92&from=2021-10-01&to=2021-10-31"));
        assertThat(summary.at("/figures/information.articles/value").asInt()).isEqualTo(1);
        assertThat(summary.at("/figures/information.articles/unit").asString()).isEqualTo("ARTICLES");
        JsonNode before = admin.json(admin.get("/api/v1/reports/summary?unit=92&from=2021-09-01&to=2021-09-30"));
        assertThat(before.at("/figures/information.articles/value").asInt()).isZero();
    }

    @Test
    void relatedRecordsAreNamedByRefOrIdAndAnUnknownOneIsAProblem() throws Exception {
        JsonNode agreement = admin.json(admin.post(
                        "/api/v1/agreements",
                        Map.of(
                                "ref", "news92-agreement",
                                "unit", "92",
                                "level", "PROVINCE",
                                "title", "Thỏa thuận Cần Thơ - Kumamoto",
                                "status", "PROPOSED"))
                .andExpect(status().isCreated()));
        Map<String, Object> body = item("Tin về thỏa thuận", "<p>x</p>");
        body.put("agreement", agreement.get("id").asString());
        JsonNode saved = create(officer, body);
        assertThat(saved.get("agreement").asString()).isEqualTo("news92-agreement");
        body.put("agreement", "no-such-agreement");
        body.put("event", "no-such-event");
        officer.post("/api/v1/news", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("agreement", "event")));
    }

    @Test
    void aPictureIsAnImageStoredAfterTheRightsWereChecked() throws Exception {
        long id = create(officer, item("Tin có ảnh", "<p>x</p>")).get("id").asLong();
        Api stranger = admin.as("news-stranger", PASSWORD);
        admin.post(
                "/api/v1/users",
                Map.of("username", "news-stranger", "password", PASSWORD, "role", "OFFICER", "unit", "96"));
        java.nio.file.Path store = java.nio.file.Path.of("target/test-data/documents/news");
        long before = count(store);
        stranger.perform(multipart("/api/v1/news/" + id + "/picture")
                        .file(new MockMultipartFile("file", "a.png", "image/png", PNG)))
                .andExpect(status().isForbidden());
        assertThat(count(store)).isEqualTo(before);
        officer.perform(multipart("/api/v1/news/" + id + "/picture")
                        .file(new MockMultipartFile(
                                "file", "a.png", "image/png", "<svg onload=alert(1)></svg>".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("picture"));
        assertThat(count(store)).isEqualTo(before);
        officer.perform(multipart("/api/v1/news/" + id + "/picture")
                        .file(new MockMultipartFile("file", "a.png", "application/octet-stream", PNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.picture").value("a.png"));
        assertThat(count(store)).isEqualTo(before + 1);
    }

    static long count(java.nio.file.Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(dir)) {
            return files.count();
        }
    }
}
