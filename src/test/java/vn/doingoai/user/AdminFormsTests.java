package vn.doingoai.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * The admins' forms of users and units bind form records: a value the page cannot read (a role or
 * a level that is none of the choices) is a problem beside its field, with what was typed kept,
 * never a bare 400. Unit 83.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminFormsTests {

    static final String UNREADABLE = "invalid-feedback d-block\">Giá trị không đọc được.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aNewUserWithAnUnknownRoleComesBackAsTyped() throws Exception {
        String page = page(post("/users")
                .param("username", "form83")
                .param("password", "form-pw-83")
                .param("role", "BOSS")
                .param("unit", "83")
                .param("fullName", "Nguyễn Văn Biểu"));
        assertThat(page)
                .contains("class=\"form-select is-invalid\" id=\"role\"", UNREADABLE)
                .contains("value=\"form83\"", "value=\"Nguyễn Văn Biểu\"");
        // the service's problems are beside their fields too, and a right form is saved
        assertThat(page(post("/users")
                        .param("username", "form83")
                        .param("password", "form-pw-83")
                        .param("role", "VIEWER")
                        .param("unit", "nowhere")))
                .contains("invalid-feedback d-block\">Đơn vị không tồn tại.");
        mvc.perform(post("/users")
                        .param("username", "form83")
                        .param("password", "form-pw-83")
                        .param("role", "VIEWER")
                        .param("unit", "83")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users"));
    }

    @Test
    void aUsersChangeWithAnUnknownRoleComesBackAsTyped() throws Exception {
        Api api = new Api(mvc, json);
        long id = api.json(api.post(
                                "/api/v1/users",
                                Map.of(
                                        "username",
                                        "change83",
                                        "password",
                                        "change-pw-83",
                                        "role",
                                        "VIEWER",
                                        "unit",
                                        "83"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        String page = page(post("/users/" + id)
                .param("role", "BOSS")
                .param("unit", "83")
                .param("fullName", "Trần Thị Đổi")
                .param("enabled", "true"));
        assertThat(page)
                .contains("class=\"form-select is-invalid\" id=\"role\"", UNREADABLE)
                .contains("value=\"Trần Thị Đổi\"");
        assertThat(api.json(api.get("/api/v1/users/" + id)).get("fullName").isNull())
                .isTrue();
        mvc.perform(post("/users/" + id)
                        .param("role", "OFFICER")
                        .param("unit", "83")
                        .param("fullName", "Trần Thị Đổi")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users/" + id));
        var saved = api.json(api.get("/api/v1/users/" + id));
        assertThat(saved.get("role").asString()).isEqualTo("OFFICER");
        assertThat(saved.get("enabled").asBoolean()).isFalse();
    }

    @Test
    void aNewUnitWithAnUnknownLevelComesBackAsTyped() throws Exception {
        String page = page(post("/units")
                .param("code", "83-R12A")
                .param("name", "Sở Biểu mẫu (thử)")
                .param("level", "KINGDOM")
                .param("parent", "83"));
        assertThat(page)
                .contains("class=\"form-select is-invalid\" id=\"level\"", UNREADABLE)
                .contains("value=\"83-R12A\"", "value=\"Sở Biểu mẫu (thử)\"");
        mvc.perform(post("/units")
                        .param("code", "83-R12A")
                        .param("name", "Sở Biểu mẫu (thử)")
                        .param("level", "AGENCY")
                        .param("parent", "83")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/units?parent=83"));
    }
}
