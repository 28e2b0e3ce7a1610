package vn.doingoai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.config.DataVersion;
import vn.doingoai.support.Api;

/**
 * Answers kept under the data version ({@link KeptAnswers}): a page or an API read is given again
 * to the same user until a write, and the very next request after a write renders it afresh; each
 * user, language and htmx request has its own answer; a page showing the message of a save is never
 * kept (over HTTP, with the CSRF token of a kept page: {@link KeptAnswersHttpTests}). Partners with refs {@code kept-*},
 * a viewer of unit 08.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeptAnswersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataVersion version;

    @Autowired
    PlatformTransactionManager transactions;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    private long partner(String ref, String name) throws Exception {
        return api.json(api.post("/api/v1/partners", Map.of("kind", "OTHER", "name", name, "ref", ref)))
                .get("id")
                .asLong();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(Api.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Changes the partner's name behind the application's back: no write it would see. */
    private void renameBySql(long id, String name) {
        jdbc.update("update partner set name = ? where id = ?", name, id);
    }

    @Test
    void aPageAndAnApiReadAreGivenAgainUntilAWriteAndTheNextRequestAfterItSeesTheWrite() throws Exception {
        long id = partner("kept-1", "Quỹ Giữ Một");
        String pagePath = "/partners/" + id;
        String apiPath = "/api/v1/partners/" + id;
        assertThat(page(pagePath)).contains("Quỹ Giữ Một");
        assertThat(api.json(api.get(apiPath)).get("name").asString()).isEqualTo("Quỹ Giữ Một");

        renameBySql(id, "Quỹ Đổi Lén");
        assertThat(page(pagePath)).as("kept: the data version did not change").contains("Quỹ Giữ Một");
        assertThat(api.json(api.get(apiPath)).get("name").asString()).isEqualTo("Quỹ Giữ Một");
        assertThat(page(pagePath + "?lang=en"))
                .as("another language is another answer")
                .contains("Quỹ Đổi Lén");

        new TransactionTemplate(transactions).executeWithoutResult(t -> version.touch());
        assertThat(page(pagePath)).as("a write anywhere: rendered afresh").contains("Quỹ Đổi Lén");

        api.put(apiPath, Map.of("kind", "OTHER", "name", "Quỹ Ghi Qua API", "ref", "kept-1", "version", 0))
                .andExpect(status().isOk());
        assertThat(page(pagePath)).contains("Quỹ Ghi Qua API");
        assertThat(api.json(api.get(apiPath)).get("name").asString()).isEqualTo("Quỹ Ghi Qua API");
        assertThat(page("/partners?q=quy ghi qua api")).contains("Quỹ Ghi Qua API");
    }

    @Test
    void eachUserAndEachHtmxRequestHasItsOwnAnswer() throws Exception {
        long id = partner("kept-2", "Quỹ Giữ Hai");
        api.post(
                        "/api/v1/users",
                        Map.of("username", "kept08", "password", "kept-08-pw", "role", "VIEWER", "unit", "08"))
                .andExpect(status().isCreated());
        assertThat(page("/partners?q=giu hai")).contains("Quỹ Giữ Hai");
        String viewers = mvc.perform(
                        get("/partners?q=giu hai").with(user("kept08").roles("VIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(viewers).contains("kept08").doesNotContain(">" + Api.ADMIN + "<");

        String htmx = mvc.perform(get("/partners?q=giu hai")
                        .header("HX-Request", "true")
                        .with(user(Api.ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(htmx).contains("Quỹ Giữ Hai").doesNotContain("<html");
        assertThat(page("/partners?q=giu hai")).contains("<html");
        assertThat(id).isPositive();
    }

    private static String withoutTokens(String page) {
        return page.replaceAll("(name=\"_csrf\" (value|content)=)\"[^\"]+\"", "$1");
    }

    @Test
    void aPageShowingTheMessageOfASaveIsNeverKept() throws Exception {
        long id = partner("kept-5", "Quỹ Giữ Năm");
        String path = "/partners/" + id;
        String plain = page(path);
        String withMessage = mvc.perform(
                        get(path).flashAttr("saved", true).with(user(Api.ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(withMessage).isNotEqualTo(plain);
        assertThat(withoutTokens(page(path)))
                .as("the message is not given again")
                .isEqualTo(withoutTokens(plain));
    }
}
