package vn.doingoai.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * The admins' units page adds and renames agencies and communes by the one rule of a unit's texts
 * (UnitData's: at most the column's characters, no control character), the rule of {@code POST
 * /api/v1/units} and of the dataset's units section: its fields stop typing at that length, and a
 * refused form comes back with what was typed and the problem beside the field, never a 409 or an
 * error page. Units under Hà Tĩnh (42) of this test's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class UnitPageTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    static final String LONG = "Sở rất dài ".repeat(1000);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(ADMIN).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString();
    }

    MockHttpServletRequestBuilder add(String code, String name) {
        return post("/units")
                .param("code", code)
                .param("name", name)
                .param("level", "AGENCY")
                .param("parent", "42");
    }

    @Test
    void theFormsTakeAtMostWhatTheRuleAllows() throws Exception {
        mvc.perform(add("42-S10L", "Sở giới hạn").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
        String html = page(get("/units?parent=42"));
        assertThat(html)
                .containsPattern("id=\"code\"[^>]*maxlength=\"40\"")
                .containsPattern("id=\"name\"[^>]*maxlength=\"300\"")
                .containsPattern("id=\"rename-42-S10L\"[^>]*maxlength=\"300\"");
        assertThat(page(get("/units"))).containsPattern("id=\"name\"[^>]*maxlength=\"300\"");
    }

    @Test
    void aNewUnitTooLongOrWithAControlCharacterComesBackWithItsProblem(CapturedOutput output) throws Exception {
        String tooLong = page(add("42-S10A", LONG));
        assertThat(tooLong)
                .contains("id=\"unit-add\"")
                .contains("Tối đa 300 ký tự.")
                .contains(LONG.substring(0, 200))
                .contains("value=\"42-S10A\"");
        api.get("/api/v1/units/42-S10A").andExpect(status().isNotFound());

        String control = page(add("42-S10B", "Sở\u0000 có NUL"));
        assertThat(control).contains("Có ký tự điều khiển không được phép");
        api.get("/api/v1/units/42-S10B").andExpect(status().isNotFound());

        String badCode = page(add("42 S10 C", "Sở mã sai"));
        assertThat(badCode).contains("Mã gồm 1–40 ký tự").contains("Sở mã sai");

        // the same rule on the API and in the dataset, at the field's path
        api.post("/api/v1/units", Map.of("code", "42-S10D", "parent", "42", "level", "AGENCY", "name", LONG))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void aRenameTooLongOrWithAControlCharacterComesBackInItsRow(CapturedOutput output) throws Exception {
        mvc.perform(add("42-S10R", "Sở đổi tên").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());

        String tooLong = page(post("/units/rename").param("code", "42-S10R").param("name", LONG));
        assertThat(tooLong)
                .contains("Tối đa 300 ký tự.")
                .containsPattern("id=\"rename-42-S10R\"[^>]*value=\"" + LONG.substring(0, 100))
                .contains("is-invalid");
        api.get("/api/v1/units/42-S10R").andExpect(jsonPath("$.name").value("Sở đổi tên"));

        assertThat(page(post("/units/rename").param("code", "42-S10R").param("name", "Sở\u0007 chuông")))
                .contains("Có ký tự điều khiển không được phép");
        assertThat(page(post("/units/rename").param("code", "42-S10R").param("name", "  ")))
                .contains("Không được để trống.");
        api.get("/api/v1/units/42-S10R").andExpect(jsonPath("$.name").value("Sở đổi tên"));

        mvc.perform(post("/units/rename")
                        .param("code", "42-S10R")
                        .param("name", "Sở đã đổi tên")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        api.get("/api/v1/units/42-S10R").andExpect(jsonPath("$.name").value("Sở đã đổi tên"));

        // a rename by the dataset's units section keeps the same rule, at its path
        api.perform(post("/api/v1/dataset")
                        .contentType("application/json")
                        .content(json.writeValueAsString(Map.of(
                                "format",
                                "doingoai-dataset/1",
                                "units",
                                List.of(Map.of("code", "42-S10R", "parent", "42", "level", "AGENCY", "name", LONG))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("units[0].name"));
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }
}
