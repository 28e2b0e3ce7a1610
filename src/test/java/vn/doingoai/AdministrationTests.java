package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.history.HistoryService;
import vn.doingoai.support.Api;

/** Administration: no lock-out by failed logins, users and units on their pages, history, dataset page. Unit 35. */
@SpringBootTest
@AutoConfigureMockMvc
class AdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    HistoryService history;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    @Test
    void repeatedFailedLoginsNeverLockTheAccount() throws Exception {
        api.post(
                        "/api/v1/users",
                        Map.of("username", "guesswho", "password", "right-pw-1", "role", "OFFICER", "unit", "35"))
                .andExpect(status().isCreated());
        Api right = api.as("guesswho", "right-pw-1");
        right.get("/api/v1/me")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("OFFICER"));
        for (int i = 0; i < 5; i++) {
            api.as("guesswho", "wrong-" + i)
                    .perform(get("/api/v1/me").with(r -> {
                        r.setRemoteAddr("192.0.2.35");
                        return r;
                    }))
                    .andExpect(status().is(Matchers.oneOf(401, 429)));
        }
        right.get("/api/v1/me").andExpect(status().isOk());
    }

    @Test
    void passwordsAreHashedAndChangesKeptInHistory() throws Exception {
        long id = api.json(api.post(
                                "/api/v1/users",
                                Map.of("username", "hist35", "password", "first-pw-1", "role", "VIEWER", "unit", "35"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        api.put("/api/v1/users/" + id, Map.of("role", "OFFICER")).andExpect(status().isOk());
        var entries = history.of("user", id);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).username()).isEqualTo("admin");
        assertThat(entries.get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("role");
            assertThat(c.before()).isEqualTo("VIEWER");
            assertThat(c.after()).isEqualTo("OFFICER");
        });
        assertThat(entries.toString()).doesNotContain("first-pw-1");
        mvc.perform(get("/users/" + id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("OFFICER")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void adminsAddAgenciesAndCommunesThatReportsInclude() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(get("/units").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bắc Ninh")));
        mvc.perform(post("/units")
                        .with(admin)
                        .with(csrf())
                        .param("code", "35.SNV")
                        .param("name", "Sở Ngoại vụ Hà Nam")
                        .param("level", "AGENCY")
                        .param("parent", "35"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/units")
                        .with(admin)
                        .with(csrf())
                        .param("code", "35.SNV")
                        .param("name", "again")
                        .param("level", "AGENCY")
                        .param("parent", "35"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        assertThat(api.json(api.get("/api/v1/units/37/scope")).toString()).contains("35.SNV");
        mvc.perform(get("/units?parent=35").with(admin))
                .andExpect(content().string(Matchers.containsString("Sở Ngoại vụ Hà Nam")));
        mvc.perform(get("/units").with(user("someone").roles("OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void usersPageCreatesUsersWithMessagesNextToFields() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(get("/users").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(post("/users")
                        .with(admin)
                        .with(csrf())
                        .param("username", "x")
                        .param("password", "1")
                        .param("role", "VIEWER")
                        .param("unit", "35"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        mvc.perform(post("/users")
                        .with(admin)
                        .with(csrf())
                        .param("username", "page35")
                        .param("password", "page-pw-35")
                        .param("role", "VIEWER")
                        .param("unit", "35"))
                .andExpect(status().is3xxRedirection());
        api.as("page35", "page-pw-35").get("/api/v1/me").andExpect(status().isOk());
    }

    @Test
    void theDatasetPageChecksFirstThenImports() throws Exception {
        var admin = user("admin").roles("ADMIN");
        String document =
                "{\"format\":\"doingoai-dataset/1\",\"partners\":[{\"ref\":\"dsp-35\",\"kind\":\"OTHER\",\"name\":\"Dataset page partner\",\"unit\":\"35\"}]}";
        String page = mvc.perform(multipart("/dataset/check")
                        .file(new MockMultipartFile(
                                "file", "d.json", "application/json", document.getBytes(StandardCharsets.UTF_8)))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("dataset-result")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        api.get("/api/v1/partners?q=dataset page partner")
                .andExpect(jsonPath("$.total").value(0));
        Matcher token =
                Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(token.find()).isTrue();
        mvc.perform(post("/dataset/import")
                        .param("token", token.group(1))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk());
        api.get("/api/v1/partners?q=dataset page partner")
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(multipart("/dataset/check")
                        .file(new MockMultipartFile(
                                "file",
                                "bad.json",
                                "application/json",
                                "{\"format\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("alert-danger")));
    }
}
