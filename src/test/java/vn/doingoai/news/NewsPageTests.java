package vn.doingoai.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The news pages (unit 96): the list, an item and the form render in both languages; the form's
 * preview shows the body as it will be kept, without JavaScript; a bad language is a message beside
 * its field with the text kept; publishing from the page takes an approver.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewsPageTests {

    static final String OFFICER = "newspage-officer96";
    static final String APPROVER = "newspage-leader96";
    static final String PASSWORD = "newspage-pw-96";
    static final String STRANGER = "newspage-officer95";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Value("${doingoai.data-dir}")
    String dataDir;

    Api admin;

    @BeforeEach
    void setUp() throws Exception {
        admin = new Api(mvc, json);
        admin.post("/api/v1/users", Map.of("username", OFFICER, "password", PASSWORD, "role", "OFFICER", "unit", "96"));
        admin.post(
                "/api/v1/users", Map.of("username", APPROVER, "password", PASSWORD, "role", "APPROVER", "unit", "96"));
        admin.post(
                "/api/v1/users", Map.of("username", STRANGER, "password", PASSWORD, "role", "OFFICER", "unit", "95"));
    }

    @Test
    void thePagesRenderInBothLanguages() throws Exception {
        long id = admin.json(admin.post(
                                "/api/v1/news",
                                Map.of("unit", "96", "language", "en", "title", "Ca Mau news", "body", "<p>x</p>"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        for (String path :
                List.of("/news", "/news/new", "/news/" + id, "/news/" + id + "/edit", "/public-profile/96")) {
            for (String lang : List.of("", "?lang=en")) {
                String html = mvc.perform(get(path + lang).with(user(OFFICER).roles("OFFICER")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(html).as(path + lang).doesNotContain("??");
            }
        }
    }

    @Test
    void thePreviewShowsTheCleanedBodyAndSavesNothing() throws Exception {
        String html = mvc.perform(post("/news")
                        .with(user(OFFICER).roles("OFFICER"))
                        .with(csrf())
                        .param("unit", "96")
                        .param("language", "vi")
                        .param("status", "DRAFT")
                        .param("title", "Tin xem trước Cà Mau")
                        .param("body", "<p>Giữ <em>lại</em><script>alert(1)</script></p>")
                        .param("preview", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"news-preview\"", "<p>Giữ <em>lại</em></p>");
        assertThat(html.substring(html.indexOf("id=\"news-preview\""))).doesNotContain("<script>alert");
        assertThat(admin.json(admin.get("/api/v1/news?unit=96&q=xem truoc"))
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void aBadLanguageIsAMessageBesideItsFieldAndPublishingTakesAnApprover() throws Exception {
        String html = mvc.perform(post("/news")
                        .with(user(OFFICER).roles("OFFICER"))
                        .with(csrf())
                        .param("unit", "96")
                        .param("language", "de")
                        .param("status", "DRAFT")
                        .param("title", "Tin tiếng Đức Cà Mau"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Ngôn ngữ phải là vi", "value=\"Tin tiếng Đức Cà Mau\"");

        long id = admin.json(admin.as(OFFICER, PASSWORD)
                        .post("/api/v1/news", Map.of("unit", "96", "language", "vi", "title", "Tin chờ duyệt Cà Mau"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        mvc.perform(post("/news/" + id + "/publish")
                        .with(user(OFFICER).roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/news/" + id + "/publish")
                        .with(user(APPROVER).roles("APPROVER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(admin.json(admin.get("/api/v1/news/" + id)).get("status").asString())
                .isEqualTo("PUBLISHED");
        String page = mvc.perform(get("/news/" + id).with(user(OFFICER).roles("OFFICER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"news-public-link\"", "/p/96/news/" + id).doesNotContain("id=\"publish-form\"");
    }

    @Test
    void thePicturesOfTheFormAndOfTheItemsPageAreStoredAfterTheRightsAndTheListExportsTheItem() throws Exception {
        String saved = mvc.perform(multipart("/news")
                        .file(new MockMultipartFile("file", "form.png", "image/png", NewsTests.PNG))
                        .with(user(OFFICER).roles("OFFICER"))
                        .with(csrf())
                        .param("unit", "96")
                        .param("language", "vi")
                        .param("status", "DRAFT")
                        .param("publishedOn", "05/03/2024")
                        .param("title", "Tin có ảnh Cà Mau"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(saved.substring(saved.lastIndexOf('/') + 1));
        assertThat(admin.json(admin.get("/api/v1/news/" + id)).get("picture").asString())
                .isEqualTo("form.png");

        long before = files();
        mvc.perform(multipart("/news/" + id + "/picture")
                        .file(new MockMultipartFile("file", "other.png", "image/png", NewsTests.PNG))
                        .with(user(STRANGER).roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(files()).isEqualTo(before);
        mvc.perform(multipart("/news/" + id + "/picture")
                        .file(new MockMultipartFile("file", "page.png", "image/png", NewsTests.PNG))
                        .with(user(OFFICER).roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(admin.json(admin.get("/api/v1/news/" + id)).get("picture").asString())
                .isEqualTo("page.png");

        String list = mvc.perform(get("/news?unit=96&q=tin co anh")
                        .header("HX-Request", "true")
                        .with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("/news/" + id, "Tin có ảnh Cà Mau", "05/03/2024", "Tiếng Việt", "Bản nháp");
        byte[] xlsx = mvc.perform(get("/news?unit=96&q=tin co anh&format=xlsx")
                        .with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder cells = new StringBuilder();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
        }
        assertThat(cells.toString()).contains("Tin có ảnh Cà Mau", "Bản nháp", "Trạng thái");
    }

    private long files() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of(dataDir))) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
