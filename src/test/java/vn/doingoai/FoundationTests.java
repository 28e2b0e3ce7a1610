package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/** The foundation as the issue checks it: health, login, users and rights, merger rule, problems. */
@SpringBootTest
@AutoConfigureMockMvc
class FoundationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    vn.doingoai.config.BulkWrites bulkWrites;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    @Test
    void healthIsUpWithoutLogin() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void apiWithoutCredentialsOrWithAWrongPasswordGets401() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.as("admin", "wrong-password").get("/api/v1/units").andExpect(status().isUnauthorized());
    }

    @Test
    void pagesAskForLogin() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")));
        mvc.perform(get("/login?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Log in")));
    }

    @Test
    void aViewerOfUnit19CannotWriteNorReadUnit24() throws Exception {
        api.post(
                        "/api/v1/users",
                        Map.of("username", "viewer19", "password", "viewer-pw-19", "role", "VIEWER", "unit", "19"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.password").doesNotExist());
        Api viewer = api.as("viewer19", "viewer-pw-19");
        viewer.post("/api/v1/users", Map.of("username", "x1", "password", "whatever1", "role", "ADMIN", "unit", "VN"))
                .andExpect(status().isForbidden());
        viewer.get("/api/v1/dataset?unit=24").andExpect(status().isForbidden());
        viewer.get("/api/v1/dataset?unit=19").andExpect(status().isOk());
        viewer.post("/api/v1/dataset", "{\"format\":\"doingoai-dataset/1\"}").andExpect(status().isOk());
    }

    @Test
    void theMergerRule() throws Exception {
        assertThat(api.json(api.get("/api/v1/units/24/scope")).toString()).isEqualTo("[\"24\",\"27\"]");
        assertThat(api.json(api.get("/api/v1/units/08/scope")).toString()).isEqualTo("[\"02\",\"08\"]");
        assertThat(api.json(api.get("/api/v1/units/24/scope?includeMerged=false"))
                        .toString())
                .isEqualTo("[\"24\"]");
    }

    @Test
    void badInputGetsProblemsNeverAStackTrace() throws Exception {
        api.post("/api/v1/users", Map.of("username", "a", "password", "1", "unit", "nowhere"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'unit')]").exists());
        api.post("/api/v1/users", "{not json").andExpect(status().isBadRequest());
        api.get("/api/v1/no-such-thing")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.post("/api/v1/dataset", "{\"format\":\"other/2\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void aDocumentOver50MbGets413() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        api.perform(post("/api/v1/dataset")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(big))
                .andExpect(status().isContentTooLarge());
    }

    @Test
    void aPageSessionMayReadTheApiButNotWriteIt() throws Exception {
        var login = mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                                .user(Api.ADMIN)
                                .password(Api.ADMIN_PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        jakarta.servlet.http.Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/api/v1/me").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("admin"));
        mvc.perform(
                        post("/api/v1/users")
                                .cookie(session)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"csrf1\",\"password\":\"whatever1\",\"role\":\"ADMIN\",\"unit\":\"VN\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionIsPublished() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/dataset']").exists());
    }

    @Test
    void postgresConnectionsPlanEachReportQueryForItsOwnDates() {
        org.junit.jupiter.api.Assumptions.assumeTrue(vn.doingoai.support.TestDatabase.onPostgres());
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }

    @Test
    void aBulkWriteLetsPostgresReusePlansForItsOwnTransactionOnly() {
        org.junit.jupiter.api.Assumptions.assumeTrue(vn.doingoai.support.TestDatabase.onPostgres());
        String during = new org.springframework.transaction.support.TransactionTemplate(transactionManager)
                .execute(status -> {
                    bulkWrites.begin();
                    return jdbc.queryForObject("show plan_cache_mode", String.class);
                });
        assertThat(during).isEqualTo("auto");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }

    @Test
    void h2KeepsAQuarterOfTheHeapAsItsPageCache() {
        org.junit.jupiter.api.Assumptions.assumeFalse(vn.doingoai.support.TestDatabase.onPostgres());
        Long kilobytes = jdbc.queryForObject(
                "select setting_value from information_schema.settings where lower(setting_name) = 'cache_size'",
                Long.class);
        assertThat(kilobytes).isEqualTo(Math.max(16 * 1024, Runtime.getRuntime().maxMemory() / 4 / 1024));
    }
}
