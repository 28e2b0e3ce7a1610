package vn.doingoai.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.period.Period;
import vn.doingoai.report.AttentionSource;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.Figures;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Units;

/** Agreements end to end: API, rights, in force, figures, attention, dataset, pages, document. Units 14, 15, 20. */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AgreementFigures figureSource;

    @Autowired
    AgreementAttention attention;

    @Autowired
    Units units;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    static Map<String, Object> agreement(
            String unit, String level, String title, String status, String signedOn, String validFrom, String validTo) {
        Map<String, Object> a = new HashMap<>();
        a.put("unit", unit);
        a.put("level", level);
        a.put("title", title);
        a.put("status", status);
        a.put("signedOn", signedOn);
        a.put("validFrom", validFrom);
        a.put("validTo", validTo);
        a.put("fields", List.of("AGRICULTURE", "EDUCATION"));
        return a;
    }

    long partner(String ref, String name) throws Exception {
        return api.json(api.post(
                        "/api/v1/partners",
                        Map.of("ref", ref, "kind", "FOREIGN_LOCALITY", "name", name, "country", "LA")))
                .get("id")
                .asLong();
    }

    @Test
    void createReadReplaceDeleteWithVersion() throws Exception {
        long partnerId = partner("ag-p-hp", "Houaphanh");
        Map<String, Object> body = agreement(
                "14",
                "PROVINCE",
                "Thỏa thuận hợp tác Sơn La – Hủa Phăn",
                "SIGNED",
                "2021-08-09",
                "2021-08-09",
                "2025-12-31");
        body.put("partners", List.of(Long.toString(partnerId)));
        body.put("signatory", "Chủ tịch UBND tỉnh");
        JsonNode created = api.json(api.post("/api/v1/agreements", body).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("partners").get(0).asString()).isEqualTo("ag-p-hp");
        assertThat(created.get("reportDueOn").asString()).isEqualTo("2021-08-24");
        assertThat(created.get("fields").get(1).asString()).isEqualTo("EDUCATION");

        body.put("version", created.get("version").asLong());
        body.put("title", "Thỏa thuận hợp tác giai đoạn 2021–2025");
        api.put("/api/v1/agreements/" + id, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Thỏa thuận hợp tác giai đoạn 2021–2025"));
        api.put("/api/v1/agreements/" + id, body).andExpect(status().isConflict());
        api.get("/api/v1/agreements/" + id)
                .andExpect(jsonPath("$.title").value("Thỏa thuận hợp tác giai đoạn 2021–2025"));
        api.get("/api/v1/agreements?unit=14&q=houaphanh")
                .andExpect(jsonPath("$.total").value(1));
        api.get("/api/v1/search?q=thoa thuan hop tac giai doan 2021")
                .andExpect(jsonPath("$[0].link").value("/agreements/" + id));

        mvc.perform(get("/partners/" + partnerId).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(Matchers.containsString("/agreements/" + id)));

        api.delete("/api/v1/agreements/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/agreements/" + id).andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIsRefused() throws Exception {
        Map<String, Object> body = agreement("14", "PROVINCE", "Bad", "SIGNED", null, "2021-01-01", "2020-01-01");
        api.post("/api/v1/agreements", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'signedOn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'validTo')]").exists());
        body = agreement("14", "PROVINCE", "Bad field", "PROPOSED", null, null, null);
        body.put("fields", List.of("AGRICULTURE", "ASTROLOGY"));
        api.post("/api/v1/agreements", body).andExpect(status().isBadRequest());
        body = agreement("14", "PROVINCE", "Bad partner", "PROPOSED", null, null, null);
        body.put("partners", List.of("no-such-partner"));
        api.post("/api/v1/agreements", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners[0]"));
        api.post("/api/v1/agreements", agreement("14", "TOWN", "Bad level", "PROPOSED", null, null, null))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aViewerCannotWrite() throws Exception {
        api.post(
                        "/api/v1/users",
                        Map.of("username", "ag-viewer20", "password", "viewer-pw", "role", "VIEWER", "unit", "20"))
                .andExpect(status().isCreated());
        Api viewer = api.as("ag-viewer20", "viewer-pw");
        viewer.post("/api/v1/agreements", agreement("20", "PROVINCE", "X", "PROPOSED", null, null, null))
                .andExpect(status().isForbidden());
        viewer.get("/api/v1/agreements?unit=14").andExpect(status().isForbidden());
        viewer.get("/api/v1/agreements?unit=20").andExpect(status().isOk());
    }

    @Test
    void inForceIsDerivedAtThePeriodsEndAndFiguresCountByLevel() throws Exception {
        // Unit 15, year 2022.
        api.post(
                        "/api/v1/agreements",
                        agreement("15", "PROVINCE", "In force", "SIGNED", "2022-02-01", "2022-02-01", "2026-12-31"))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/agreements",
                        agreement("15", "AGENCY", "Expired", "SIGNED", "2022-03-01", "2019-01-01", "2022-05-31"))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/agreements",
                        agreement("15", "COMMUNE", "Terminated", "TERMINATED", "2022-04-01", "2022-04-01", null))
                .andExpect(status().isCreated());
        api.post("/api/v1/agreements", agreement("15", "COMMUNE", "Open-ended", "SIGNED", "2021-05-01", null, null))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/agreements",
                        agreement("15", "PROVINCE", "Proposed", "PROPOSED", "2022-05-01", "2022-05-01", null))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/agreements",
                        agreement("15", "PROVINCE", "Not yet", "SIGNED", "2022-06-01", "2022-07-01", null))
                .andExpect(status().isCreated());

        Figures figures = new Figures();
        figureSource.contribute(
                new FigureQuery(
                        "15",
                        units.reportScope("15", true),
                        Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30))),
                figures);
        assertThat(figures.values().get("agreements.signed").value()).isEqualByComparingTo("4");
        assertThat(figures.values().get("agreements.signed.province").value()).isEqualByComparingTo("2");
        assertThat(figures.values().get("agreements.signed.agency").value()).isEqualByComparingTo("1");
        assertThat(figures.values().get("agreements.signed.commune").value()).isEqualByComparingTo("1");
        assertThat(figures.values().get("agreements.inForce").value()).isEqualByComparingTo("2");
        assertThat(figures.values().get("agreements.inForce").unit()).isEqualTo("AGREEMENTS");
        assertThat(figures.values().get("agreements.inForce").link())
                .contains("inForce=true")
                .contains("on=2022-06-30");

        api.get("/api/v1/agreements?unit=15&inForce=true&on=2022-06-30&size=50")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].title", Matchers.containsInAnyOrder("In force", "Open-ended")));
        api.get("/api/v1/agreements?unit=15&inForce=true&on=2022-04-15&size=50")
                .andExpect(jsonPath("$.total").value(3));

        Figures empty = new Figures();
        figureSource.contribute(
                new FigureQuery(
                        "15",
                        units.reportScope("15", true),
                        Period.of(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31))),
                empty);
        assertThat(empty.values())
                .containsKeys(
                        "agreements.signed",
                        "agreements.signed.province",
                        "agreements.signed.agency",
                        "agreements.signed.commune",
                        "agreements.inForce");
        assertThat(empty.values().get("agreements.signed").value()).isEqualByComparingTo("0");
    }

    @Test
    void attentionListsExpiringAgreementsAndReportsDue() throws Exception {
        LocalDate today = LocalDate.now();
        api.post(
                        "/api/v1/agreements",
                        agreement(
                                "20",
                                "PROVINCE",
                                "Expiring soon",
                                "SIGNED",
                                "2020-01-01",
                                "2020-01-01",
                                today.plusDays(30).toString()))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/agreements",
                        agreement(
                                "20",
                                "AGENCY",
                                "Just signed",
                                "SIGNED",
                                today.minusDays(3).toString(),
                                null,
                                null))
                .andExpect(status().isCreated());
        List<AttentionSource.AttentionItem> items = attention.attention(units.reportScope("20", true), today);
        assertThat(items)
                .anySatisfy(i -> {
                    assertThat(i.kind()).isEqualTo("attention.agreement.expiring");
                    assertThat(i.title()).isEqualTo("Expiring soon");
                    assertThat(i.due()).isEqualTo(today.plusDays(30));
                })
                .anySatisfy(i -> {
                    assertThat(i.kind()).isEqualTo("attention.agreement.reportDue");
                    assertThat(i.title()).isEqualTo("Just signed");
                    assertThat(i.due()).isEqualTo(today.plusDays(12));
                });
        mvc.perform(get("/").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Just signed")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void datasetImportsOnceAndExportsTheContractShape() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "ag-ds-p1", "kind": "FOREIGN_LOCALITY", "name": "Phongsaly", "country": "LA"}],
                 "agreements": [
                   {"ref": "ag-ds-a1", "unit": "14", "level": "PROVINCE", "title": "Hợp tác Sơn La – Phongsaly",
                    "partners": ["ag-ds-p1"], "signedOn": "2021-08-09", "validFrom": "2021-08-09", "validTo": "2025-12-31",
                    "fields": ["AGRICULTURE", "HEALTH"], "status": "SIGNED"},
                   {"ref": "ag-ds-a2", "unit": "14", "level": "COMMUNE", "title": "Kết nghĩa bản",
                    "partners": [], "fields": [], "status": "PROPOSED"}
                 ]}""";
        assertThat(api.importDataset(document).get("created").asInt()).isEqualTo(3);
        JsonNode again = api.importDataset(document);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();

        JsonNode exported = api.json(api.get("/api/v1/dataset?unit=14"));
        JsonNode a1 = null;
        for (JsonNode a : exported.get("agreements")) {
            if (a.get("ref").asString().equals("ag-ds-a1")) {
                a1 = a;
            }
        }
        assertThat(a1).isNotNull();
        assertThat(a1.has("id")).isFalse();
        assertThat(a1.has("version")).isFalse();
        assertThat(a1.has("inForce")).isFalse();
        assertThat(a1.get("unit").asString()).isEqualTo("14");
        assertThat(a1.get("level").asString()).isEqualTo("PROVINCE");
        assertThat(a1.get("partners").get(0).asString()).isEqualTo("ag-ds-p1");
        assertThat(a1.get("signedOn").asString()).isEqualTo("2021-08-09");
        assertThat(a1.get("validTo").asString()).isEqualTo("2025-12-31");
        assertThat(a1.get("fields").toString()).isEqualTo("[\"AGRICULTURE\",\"HEALTH\"]");
        assertThat(a1.get("status").asString()).isEqualTo("SIGNED");

        String bad = document.replace("\"HEALTH\"", "\"ASTROLOGY\"").replace("ag-ds-a2", "ag-ds-a3");
        api.post("/api/v1/dataset", bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.startsWith("agreements[0]")));
        api.get("/api/v1/agreements?unit=14&q=ket nghia ban")
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void pagesRenderInBothLanguagesAndTheDocumentIsGuarded() throws Exception {
        var admin = user("admin").roles("ADMIN");
        MockMultipartFile file = new MockMultipartFile(
                "file", "thoa-thuan-ký.pdf", "application/pdf", "%PDF-1.4 signed".getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/agreements")
                        .file(file)
                        .with(admin)
                        .with(csrf())
                        .param("unit", "14")
                        .param("level", "AGENCY")
                        .param("status", "SIGNED")
                        .param("title", "Thỏa thuận về đào tạo nghề")
                        .param("signedOn", "2021-03-01")
                        .param("validFrom", "2021-03-01")
                        .param("fields", "EDUCATION", "LABOUR"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/agreements/");
        long id = Long.parseLong(location.substring("/agreements/".length()));

        for (String url :
                List.of("/agreements", "/agreements/" + id, "/agreements/new", "/agreements/" + id + "/edit")) {
            mvc.perform(get(url).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
            mvc.perform(get(url + "?lang=en").with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        mvc.perform(get("/agreements/" + id + "?lang=en").with(admin))
                .andExpect(content().string(Matchers.containsString("Report on the signing due by")))
                .andExpect(content().string(Matchers.containsString("16/03/2021")));
        mvc.perform(get("/agreements?unit=14&level=AGENCY&inForce=true&from=2021-01-01&to=2021-12-31")
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Thỏa thuận về đào tạo nghề")));
        mvc.perform(get("/agreements?format=xlsx").with(admin)).andExpect(status().isOk());
        mvc.perform(multipart("/agreements")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "14")
                        .param("level", "AGENCY")
                        .param("status", "SIGNED")
                        .param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));

        mvc.perform(get("/agreements/" + id + "/document").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string("%PDF-1.4 signed"));
        api.get("/api/v1/agreements/" + id + "/document").andExpect(status().isOk());
        api.get("/api/v1/agreements/" + id).andExpect(jsonPath("$.document").value("thoa-thuan-ký.pdf"));

        api.post(
                        "/api/v1/users",
                        Map.of("username", "ag-viewer20b", "password", "viewer-pw", "role", "VIEWER", "unit", "20"))
                .andExpect(status().isCreated());
        mvc.perform(get("/agreements/" + id + "/document")
                        .with(user("ag-viewer20b").roles("VIEWER")))
                .andExpect(status().isForbidden());
        api.as("ag-viewer20b", "viewer-pw")
                .get("/api/v1/agreements/" + id + "/document")
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/agreements/" + id + "/document")
                        .file(file)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("ag-viewer20b", "viewer-pw")))
                .andExpect(status().isForbidden());
    }
}
