package vn.doingoai.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;
import vn.doingoai.support.Installation;

/**
 * Agencies and communes: {@code POST /api/v1/units} (admins) with its problems at their paths, the
 * units page, and the dataset's {@code units} section, imported before every other section, by
 * code, idempotent, and exported with a unit's records, so that an agency's records move into an
 * empty installation with their units. Units of Nghệ An (40), Hà Tĩnh (42) and Lâm Đồng (68).
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnitDatasetTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    private static Map<String, Object> unit(String code, String parent, String level, String name) {
        Map<String, Object> u = new HashMap<>();
        u.put("code", code);
        u.put("parent", parent);
        u.put("level", level);
        u.put("name", name);
        return u;
    }

    @Test
    void adminsAddAgenciesAndBadInputIsAProblemAtItsPath() throws Exception {
        api.post("/api/v1/units", unit("40-R13U1", "40", "AGENCY", "Sở Công Thương (thử)"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("40-R13U1"))
                .andExpect(jsonPath("$.parent").value("40"))
                .andExpect(jsonPath("$.level").value("AGENCY"));
        assertThat(api.json(api.get("/api/v1/units/40/scope")).toString()).contains("40-R13U1");
        api.post("/api/v1/units", unit("40-R13U1", "40", "AGENCY", "Lần nữa"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists());
        api.post("/api/v1/units", unit("40-R13U2", "99", "AGENCY", "Không có tỉnh"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'parent')]").exists());
        api.post("/api/v1/units", unit("40-R13U2", "40-R13U1", "COMMUNE", "Dưới một sở"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'parent')]").exists());
        api.post("/api/v1/units", unit("40-R13U2", "VN", "AGENCY", "Dưới cả nước"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'parent')]").exists());
        api.post("/api/v1/units", unit("40-R13U2", "40", "PROVINCE", "Một tỉnh"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'level')]").exists());
        api.post("/api/v1/units", unit("40-R13U2", "40", "DISTRICT", "Một huyện"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'level')]").exists());
        api.post("/api/v1/units", unit("40-R13U2-" + "x".repeat(40), "40", "AGENCY", "Mã dài"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists());
        api.post("/api/v1/units", unit("40-R13U2", "40", "AGENCY", "Tên\u0007lạ"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
        api.post("/api/v1/units", unit("40-R13U2", "40", "AGENCY", "x".repeat(301)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
        api.post("/api/v1/units", unit("40 R13U2", "40", "AGENCY", "Mã có dấu cách"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists());
        api.get("/api/v1/units/40-R13U2").andExpect(status().isNotFound());
        // officers do not add units through the API
        api.post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "r13-unit-officer",
                                "password",
                                "unit-officer-pw",
                                "role",
                                "OFFICER",
                                "unit",
                                "40"))
                .andExpect(status().isCreated());
        api.as("r13-unit-officer", "unit-officer-pw")
                .post("/api/v1/units", unit("40-R13U3", "40", "AGENCY", "Sở của cán bộ"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theUnitsPageAddsAnAgencyUnderAChosenProvince() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(post("/units")
                        .with(admin)
                        .with(csrf())
                        .param("code", "68-R13P")
                        .param("name", "Sở Ngoại vụ Lâm Đồng (thử)")
                        .param("level", "AGENCY")
                        .param("parent", "68"))
                .andExpect(status().is3xxRedirection());
        api.get("/api/v1/units/68-R13P").andExpect(jsonPath("$.parent").value("68"));
        // no province chosen: the form again with its problem and what was typed, not an error page
        mvc.perform(post("/units")
                        .with(admin)
                        .with(csrf())
                        .param("code", "68-R13Q")
                        .param("name", "Sở không có tỉnh")
                        .param("level", "COMMUNE")
                        .param("parent", ""))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.allOf(
                                Matchers.containsString("invalid-feedback"),
                                Matchers.containsString("Sở không có tỉnh"),
                                Matchers.containsString("id=\"unit-add\""))));
    }

    @Test
    void theUnitsSectionComesFirstAndImportingItAgainCreatesNothing() throws Exception {
        String document = json.writeValueAsString(Map.of(
                "format",
                "doingoai-dataset/1",
                "trainings",
                List.of(Map.of(
                        "ref", "r13-units-t1",
                        "unit", "42-R13S",
                        "title", "Tập huấn đối ngoại",
                        "startDate", "2023-05-16",
                        "trainees", 30)),
                "units",
                List.of(
                        unit("42-R13S", "42", "AGENCY", "Sở Ngoại vụ Hà Tĩnh (thử)"),
                        unit("42-R13X", "42", "COMMUNE", "Xã Thử (Hà Tĩnh)"))));
        JsonNode first = api.importDataset(document);
        assertThat(first.get("created").asInt()).isEqualTo(3);
        JsonNode again = api.importDataset(document);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        JsonNode export = api.json(api.get("/api/v1/dataset?unit=42"));
        assertThat(export.get("units").toString())
                .contains("\"code\":\"42-R13S\"")
                .contains("\"code\":\"42-R13X\"")
                .contains("\"level\":\"COMMUNE\"")
                .doesNotContain("\"code\":\"40-");
        List<String> order = new java.util.ArrayList<>();
        export.propertyNames().forEach(order::add);
        assertThat(order.indexOf("units")).isLessThan(order.indexOf("exchangeRates"));
        // a new name for the same unit is an update
        String renamed = document.replace("Xã Thử (Hà Tĩnh)", "Xã Thử Mới (Hà Tĩnh)");
        assertThat(api.importDataset(renamed).get("updated").asInt()).isEqualTo(1);
        assertThat(api.json(api.get("/api/v1/units/42-R13X")).get("name").asString())
                .isEqualTo("Xã Thử Mới (Hà Tĩnh)");
    }

    @Test
    void badUnitsAreProblemsAtTheirPathsAndOnlyOfficersOfTheProvinceAddThem() throws Exception {
        String bad = json.writeValueAsString(Map.of(
                "format",
                "doingoai-dataset/1",
                "units",
                List.of(
                        unit("42-R13D", "42", "AGENCY", "Hai lần"),
                        unit("42-R13D", "42", "AGENCY", "Hai lần"),
                        unit("40", "42", "AGENCY", "Mã của một tỉnh"),
                        unit("42-R13E", "24-SNGV", "AGENCY", "Dưới một sở"),
                        unit("42-R13F", "42", "PROVINCE", "Một tỉnh"))));
        api.post("/api/v1/dataset", bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'units[0].code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'units[1].code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'units[2].code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'units[3].parent')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'units[4].level')]").exists());
        api.get("/api/v1/units/42-R13D").andExpect(status().isNotFound());

        String agency = json.writeValueAsString(Map.of(
                "format", "doingoai-dataset/1", "units", List.of(unit("42-R13G", "42", "AGENCY", "Sở của cán bộ"))));
        for (String[] u : new String[][] {{"r13-off40", "OFFICER", "40"}, {"r13-con42", "CONTRIBUTOR", "42"}}) {
            api.post("/api/v1/users", Map.of("username", u[0], "password", "units-pw-13", "role", u[1], "unit", u[2]))
                    .andExpect(status().isCreated());
            api.as(u[0], "units-pw-13")
                    .post("/api/v1/dataset", agency)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[?(@.field == 'units[0].parent')]")
                            .exists());
        }
        api.post(
                        "/api/v1/users",
                        Map.of("username", "r13-off42", "password", "units-pw-13", "role", "OFFICER", "unit", "42"))
                .andExpect(status().isCreated());
        assertThat(api.as("r13-off42", "units-pw-13")
                        .importDataset(agency)
                        .get("created")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void anAgencysRecordsMoveIntoAnEmptyInstallationWithTheirUnits() throws Exception {
        api.importDataset(json.writeValueAsString(Map.of(
                "format",
                "doingoai-dataset/1",
                "units",
                List.of(unit("68-R13RT", "68", "AGENCY", "Sở Ngoại vụ Lâm Đồng (chuyển)")),
                "trainings",
                List.of(Map.of(
                        "ref", "r13-rt-t1",
                        "unit", "68-R13RT",
                        "title", "Bồi dưỡng nghiệp vụ lễ tân",
                        "startDate", "2023-04-03",
                        "endDate", "2023-04-05",
                        "trainees", 45)),
                "documents",
                List.of(Map.of(
                        "ref",
                        "r13-rt-k1",
                        "unit",
                        "68-R13RT",
                        "kind",
                        "PLAN",
                        "number",
                        "3/KH-SNgV",
                        "issuedOn",
                        "2023-02-01",
                        "title",
                        "Kế hoạch đối ngoại của sở",
                        "tasks",
                        List.of(Map.of(
                                "ref", "r13-rt-k1-1",
                                "assignee", "68-R13RT",
                                "title", "Tổ chức tập huấn",
                                "dueOn", "2023-04-30")))))));
        String exported = api.get("/api/v1/dataset?unit=68-R13RT")
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(exported).contains("\"units\":[{\"code\":\"68-R13RT\"");
        try (Installation empty = Installation.start()) {
            JsonNode imported = empty.api().importDataset(exported);
            // the unit, the course and the plan, and the shared records (partners, rates) other tests left
            int items = 0;
            for (JsonNode section : json.readTree(exported)) {
                items += section.isArray() ? section.size() : 0;
            }
            assertThat(items).isGreaterThanOrEqualTo(3);
            assertThat(exported).contains("r13-rt-t1").contains("r13-rt-k1");
            assertThat(imported.get("created").asInt()).isEqualTo(items);
            String again = empty.api()
                    .get("/api/v1/dataset?unit=68-R13RT")
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(json.readTree(again)).isEqualTo(json.readTree(exported));
        }
    }
}
