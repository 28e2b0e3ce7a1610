package vn.doingoai.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api admin;

    @BeforeEach
    void setUp() throws Exception {
        admin = new Api(mvc, json);
        admin.post("/api/v1/users", Map.of("username", OFFICER, "password", PASSWORD, "role", "OFFICER", "unit", "96"));
        admin.post(
                "/api/v1/users", Map.of("username", APPROVER, "password", PASSWORD, "role", "APPROVER", "unit", "96"));
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
}
