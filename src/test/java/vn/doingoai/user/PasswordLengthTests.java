package vn.doingoai.user;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/** BCrypt reads 72 bytes of a password: a longer one is a problem at its field, never a 500. Unit 52. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordLengthTests {

    /** 100 bytes: 40 ASCII letters and 20 Vietnamese letters of 3 bytes. */
    static final String LONG = "a".repeat(40) + "ệ".repeat(20);

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
    void theApiAnswers400AtPassword() throws Exception {
        org.assertj.core.api.Assertions.assertThat(LONG.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSize(100);
        api.post("/api/v1/users", Map.of("username", "long52", "password", LONG, "role", "VIEWER", "unit", "52"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("72")));
        long id = api.json(api.post(
                                "/api/v1/users",
                                Map.of(
                                        "username",
                                        "short52",
                                        "password",
                                        "short-pw-52",
                                        "role",
                                        "VIEWER",
                                        "unit",
                                        "52"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        api.put("/api/v1/users/" + id, Map.of("password", LONG))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        // signing in with it is a wrong password, not an error
        api.as("short52", LONG).get("/api/v1/me").andExpect(status().isUnauthorized());
        api.as("short52", "short-pw-52").get("/api/v1/me").andExpect(status().isOk());
    }

    @Test
    void thePagesShowAMessageBesideTheField() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(post("/users")
                        .with(admin)
                        .with(csrf())
                        .param("username", "page52")
                        .param("password", LONG)
                        .param("role", "VIEWER")
                        .param("unit", "52"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("invalid-feedback d-block\">Mật khẩu dài quá 72 byte")))
                .andExpect(content().string(Matchers.containsString("value=\"page52\"")));
        long id = api.json(api.post(
                        "/api/v1/users",
                        Map.of("username", "pagetwo52", "password", "page-pw-52", "role", "VIEWER", "unit", "52")))
                .get("id")
                .asLong();
        mvc.perform(post("/users/" + id)
                        .with(admin)
                        .with(csrf())
                        .param("role", "VIEWER")
                        .param("unit", "52")
                        .param("enabled", "true")
                        .param("password", LONG))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("invalid-feedback d-block\">Mật khẩu dài quá 72 byte")));
        mvc.perform(get("/users/" + id).with(admin)).andExpect(status().isOk());
    }
}
