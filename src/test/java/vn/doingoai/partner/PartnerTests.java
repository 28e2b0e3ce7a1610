package vn.doingoai.partner;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/** Partners end to end: API, rights, stale versions, dataset section, search, history, pages. Units 01 and 04. */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    vn.doingoai.history.HistoryService history;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    @Test
    void createReadReplaceDeleteWithVersionAndHistory() throws Exception {
        JsonNode created = api.json(api.post(
                        "/api/v1/partners",
                        Map.of(
                                "kind",
                                "FOREIGN_LOCALITY",
                                "name",
                                "ແຂວງໄຊສົມບູນ",
                                "nameVi",
                                "Tỉnh Xay Sổm Bun Thử",
                                "country",
                                "LA",
                                "unit",
                                "01"))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();
        assertThat(created.get("ref").asString()).isNotBlank();

        Map<String, Object> change = Map.of(
                "kind",
                "FOREIGN_LOCALITY",
                "name",
                "ແຂວງໄຊສົມບູນ",
                "nameVi",
                "Xay Sổm Bun Thử",
                "country",
                "LA",
                "unit",
                "01",
                "version",
                version);
        api.put("/api/v1/partners/" + id, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameVi").value("Xay Sổm Bun Thử"));
        api.put("/api/v1/partners/" + id, change).andExpect(status().isConflict());
        api.get("/api/v1/partners/" + id).andExpect(jsonPath("$.nameVi").value("Xay Sổm Bun Thử"));

        api.get("/api/v1/partners?q=xay som bun thu&unit=01")
                .andExpect(jsonPath("$.total").value(1));
        api.get("/api/v1/search?q=xay som bun thu")
                .andExpect(jsonPath("$[0].link").value("/partners/" + id));

        mvc.perform(get("/partners/" + id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tỉnh Xay Sổm Bun Thử")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));

        api.delete("/api/v1/partners/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/partners/" + id).andExpect(status().isNotFound());
    }

    @Test
    void invalidInputNamesEachField() throws Exception {
        api.post("/api/v1/partners", Map.of("name", "", "country", "XX"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
        api.post("/api/v1/partners", Map.of("kind", "EMBASSY", "name", "X", "country", "XY"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
        api.post("/api/v1/partners", Map.of("kind", "NOT_A_KIND", "name", "X")).andExpect(status().isBadRequest());
    }

    @Test
    void datasetSectionImportsOnceAndResolvesParents() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1", "partners": [
                  {"ref": "pt-child", "kind": "FOREIGN_NGO", "name": "Project office", "country": "US", "parent": "pt-parent", "unit": "04"},
                  {"ref": "pt-parent", "kind": "FOREIGN_NGO", "name": "Big NGO", "country": "US", "unit": "04",
                   "contacts": [{"name": "Jane Doe", "position": "Director", "email": "jane@example.org", "phone": "+1 555"}]}
                ]}""";
        assertThat(api.json(api.post("/api/v1/dataset?dryRun=true", document))
                        .get("created")
                        .asInt())
                .isEqualTo(2);
        api.get("/api/v1/partners?unit=04&q=big ngo")
                .andExpect(jsonPath("$.total").value(0));
        assertThat(api.importDataset(document).get("created").asInt()).isEqualTo(2);
        long parentId = api.json(api.get("/api/v1/partners?unit=04&q=big ngo"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        assertThat(history.of("partner", parentId)).singleElement().satisfies(e -> assertThat(e.action())
                .isEqualTo(vn.doingoai.history.HistoryAction.CREATE));
        JsonNode again = api.importDataset(document);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        JsonNode exported = api.json(api.get("/api/v1/dataset?unit=04"));
        JsonNode child = null;
        for (JsonNode p : exported.get("partners")) {
            if (p.get("ref").asString().equals("pt-child")) {
                child = p;
            }
        }
        assertThat(child).isNotNull();
        assertThat(child.get("parent").asString()).isEqualTo("pt-parent");
        assertThat(child.has("id")).isFalse();
    }

    @Test
    void aBadRecordRollsBackTheWholeDocument() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1", "partners": [
                  {"ref": "rb-ok", "kind": "EMBASSY", "name": "Fine", "country": "JP", "unit": "04"},
                  {"ref": "rb-bad", "kind": "EMBASSY", "name": "", "country": "JP", "unit": "04"}
                ]}""";
        api.post("/api/v1/dataset", document)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners[1].name"));
        api.get("/api/v1/partners?q=fine").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aViewerCannotWriteAndSeesOnlyTheirScope() throws Exception {
        api.post(
                        "/api/v1/users",
                        Map.of("username", "viewer04", "password", "viewer-pw", "role", "VIEWER", "unit", "04"))
                .andExpect(status().isCreated());
        api.post("/api/v1/partners", Map.of("kind", "EMBASSY", "name", "Only in 01", "unit", "01"))
                .andExpect(status().isCreated());
        Api viewer = api.as("viewer04", "viewer-pw");
        viewer.post("/api/v1/partners", Map.of("kind", "EMBASSY", "name", "X", "unit", "04"))
                .andExpect(status().isForbidden());
        viewer.get("/api/v1/partners?unit=01").andExpect(status().isForbidden());
        viewer.get("/api/v1/partners?q=only in 01")
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void pagesListFilterExportAndValidate() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(get("/partners").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get("/partners?lang=en").with(admin))
                .andExpect(content().string(Matchers.containsString("Partners")));
        mvc.perform(get("/partners?q=abc").header("HX-Request", "true").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<nav"))));
        mvc.perform(get("/partners?format=xlsx").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/partners/new").with(admin)).andExpect(status().isOk());
        mvc.perform(post("/partners")
                        .with(admin)
                        .with(csrf())
                        .param("kind", "EMBASSY")
                        .param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        mvc.perform(post("/partners")
                        .with(admin)
                        .with(csrf())
                        .param("kind", "EMBASSY")
                        .param("name", "Đại sứ quán Nhật Bản")
                        .param("country", "JP")
                        .param("contacts[0].name", "Tanaka"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/partners").with(admin).param("kind", "EMBASSY").param("name", "no csrf"))
                .andExpect(status().isForbidden());
    }
}
