package vn.doingoai.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.doingoai.history.HistoryEntry;
import vn.doingoai.history.HistoryService;
import vn.doingoai.period.Period;
import vn.doingoai.report.ChartSource;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.Figures;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Units;

/**
 * Delegations end to end: API, rights, stale versions, the approval workflow and its history,
 * figures and the chart, the dataset section, persons, pages, calendar and search. Units 11 and 12.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DelegationTests {

    static final String OFFICER = "dlg-officer11";
    static final String APPROVER = "dlg-approver11";
    static final String VIEWER = "dlg-viewer11";
    static final String PASSWORD = "dlg-test-pw";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    DelegationFigures figures;

    @Autowired
    HistoryService history;

    @Autowired
    Units units;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        for (String[] u : new String[][] {{OFFICER, "OFFICER"}, {APPROVER, "APPROVER"}, {VIEWER, "VIEWER"}}) {
            api.post("/api/v1/users", Map.of("username", u[0], "password", PASSWORD, "role", u[1], "unit", "11"));
        }
    }

    static Map<String, Object> delegation(String unit, String direction, String title, Object... more) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("unit", unit);
        d.put("direction", direction);
        d.put("title", title);
        d.put("countries", List.of("KR"));
        d.put("startDate", "2022-04-04");
        d.put("endDate", "2022-04-08");
        for (int i = 0; i < more.length; i += 2) {
            d.put((String) more[i], more[i + 1]);
        }
        return d;
    }

    static List<Map<String, String>> members(String... names) {
        List<Map<String, String>> list = new ArrayList<>();
        for (String n : names) {
            list.add(Map.of("name", n, "position", "Chuyên viên", "organization", "Sở Ngoại vụ"));
        }
        return list;
    }

    @Test
    void createReadReplaceDeleteWithVersionsAndRights() throws Exception {
        JsonNode created = api.json(api.post(
                        "/api/v1/delegations",
                        delegation(
                                "11",
                                "OUTGOING",
                                "Khảo sát tại Lào",
                                "countries",
                                List.of("LA"),
                                "members",
                                members("Lò Văn Xanh")))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(created.get("ref").asString()).isNotBlank();

        Map<String, Object> change = delegation(
                "11",
                "OUTGOING",
                "Khảo sát tại Lào (sửa)",
                "countries",
                List.of("LA"),
                "memberCount",
                3,
                "version",
                created.get("version").asLong());
        api.put("/api/v1/delegations/" + id, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Khảo sát tại Lào (sửa)"))
                .andExpect(jsonPath("$.memberCount").value(3));
        api.put("/api/v1/delegations/" + id, change).andExpect(status().isConflict());
        api.get("/api/v1/delegations/" + id).andExpect(jsonPath("$.title").value("Khảo sát tại Lào (sửa)"));
        api.get("/api/v1/delegations?unit=11&q=khao sat tai lao")
                .andExpect(jsonPath("$.total").value(1));

        Api viewer = api.as(VIEWER, PASSWORD);
        viewer.get("/api/v1/delegations/" + id).andExpect(status().isOk());
        viewer.post("/api/v1/delegations", delegation("11", "OUTGOING", "Không được ghi"))
                .andExpect(status().isForbidden());
        viewer.get("/api/v1/delegations?unit=12").andExpect(status().isForbidden());

        Api officer = api.as(OFFICER, PASSWORD);
        officer.post("/api/v1/delegations", delegation("11", "OUTGOING", "Tự duyệt", "status", "APPROVED"))
                .andExpect(status().isForbidden());
        officer.post("/api/v1/delegations", delegation("12", "OUTGOING", "Đơn vị khác"))
                .andExpect(status().isForbidden());
        JsonNode current = api.json(api.get("/api/v1/delegations/" + id));
        Map<String, Object> approveByPut = new HashMap<>(change);
        approveByPut.put("version", current.get("version").asLong());
        approveByPut.put("status", "APPROVED");
        officer.put("/api/v1/delegations/" + id, approveByPut).andExpect(status().isForbidden());
        officer.post(
                        "/api/v1/delegations/" + id + "/approve",
                        Map.of("decisionNumber", "1/QĐ", "decisionDate", "2022-03-01"))
                .andExpect(status().isForbidden());

        api.post("/api/v1/delegations", Map.of("unit", "11", "title", "", "countries", List.of("XX")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'direction')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'startDate')]").exists());
        api.post(
                        "/api/v1/delegations",
                        delegation("11", "OUTGOING", "Ngày sai", "startDate", "2022-05-05", "endDate", "2022-05-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));

        api.delete("/api/v1/delegations/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/delegations/" + id).andExpect(status().isNotFound());
    }

    @Test
    void officerProposesApproverApprovesOfficerReportsAndTheHistoryKeepsTheApproval() throws Exception {
        Api officer = api.as(OFFICER, PASSWORD);
        Api approver = api.as(APPROVER, PASSWORD);
        JsonNode created = api.json(officer.post(
                        "/api/v1/delegations",
                        delegation(
                                "11",
                                "INCOMING",
                                "Đoàn tỉnh Gangwon thăm Điện Biên",
                                "purpose",
                                "Hợp tác nông nghiệp",
                                "headOfDelegation",
                                "Kim Min-su",
                                "members",
                                members("Kim Min-su", "Lee Ji-eun", "Park Seo-jun", "Choi Yu-na", "Jung Ho-seok")))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("PROPOSED");

        // stale version: 409, nothing changes
        approver.post(
                        "/api/v1/delegations/" + id + "/approve",
                        Map.of("decisionNumber", "12/QĐ-UBND", "decisionDate", "2022-03-20", "version", 999))
                .andExpect(status().isConflict());
        // done before approval is not a valid step
        officer.post("/api/v1/delegations/" + id + "/done", Map.of("reportText", "x"))
                .andExpect(status().isBadRequest());
        approver.post(
                        "/api/v1/delegations/" + id + "/approve",
                        Map.of("version", created.get("version").asLong()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'decisionNumber')]").exists());
        JsonNode approved = api.json(approver.post(
                        "/api/v1/delegations/" + id + "/approve",
                        Map.of(
                                "decisionNumber",
                                "12/QĐ-UBND",
                                "decisionDate",
                                "2022-03-20",
                                "version",
                                created.get("version").asLong()))
                .andExpect(status().isOk()));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedBy").asString()).isEqualTo(APPROVER);
        assertThat(approved.get("decisionDate").asString()).isEqualTo("2022-03-20");

        mvc.perform(multipart("/api/v1/delegations/" + id + "/done")
                        .file(new MockMultipartFile(
                                "file",
                                "bao-cao.txt",
                                "text/plain",
                                "Báo cáo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("reportText", "Đoàn đã làm việc với Sở Nông nghiệp.")
                        .param("version", approved.get("version").asString())
                        .with(httpBasic(OFFICER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.reportText").value("Đoàn đã làm việc với Sở Nông nghiệp."));
        officer.get("/api/v1/delegations/" + id + "/report")
                .andExpect(status().isOk())
                .andExpect(content().bytes("Báo cáo".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        officer.post("/api/v1/delegations/" + id + "/cancel", Map.of()).andExpect(status().isBadRequest());

        List<HistoryEntry> entries = history.of("delegation", id);
        assertThat(entries).anySatisfy(e -> assertThat(e.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("decisionNumber");
            assertThat(c.after()).isEqualTo("12/QĐ-UBND");
        }));
        assertThat(entries).anySatisfy(e -> assertThat(e.username()).isEqualTo(APPROVER));

        mvc.perform(get("/delegations/" + id).with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("12/QĐ-UBND")))
                .andExpect(content().string(Matchers.containsString("bao-cao.txt")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));

        officer.get("/api/v1/search?q=han quoc")
                .andExpect(jsonPath("$[?(@.link == '/delegations/" + id + "')]").exists());
        officer.get("/api/v1/delegations?q=han quoc&unit=11")
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").exists());
        officer.get("/api/v1/delegations?q=gangwon&unit=11&country=KR&direction=INCOMING&counted=true")
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void thePagesTakeTheWholeWorkflow() throws Exception {
        var officer = user(OFFICER).roles("OFFICER");
        var approver = user(APPROVER).roles("APPROVER");
        var form = post("/delegations")
                .with(officer)
                .with(csrf())
                .param("unit", "11")
                .param("direction", "INCOMING")
                .param("title", "Đoàn trang web Hàn Quốc")
                .param("countries", "KR")
                .param("startDate", "2022-06-01")
                .param("endDate", "2022-06-03")
                .param("status", "PROPOSED");
        for (int i = 0; i < 5; i++) {
            form.param("members[" + i + "].name", "Thành viên web " + i)
                    .param("members[" + i + "].position", "Chức vụ")
                    .param("members[" + i + "].organization", "Gyeonggi");
        }
        form.param("members[5].name", "").param("members[6].name", "");
        String location = mvc.perform(form)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode d = api.json(api.get("/api/v1/delegations/" + id));
        assertThat(d.get("members").size()).isEqualTo(5);
        mvc.perform(get("/delegations/" + id).with(approver))
                .andExpect(content().string(Matchers.containsString("approve-decisionNumber")));
        mvc.perform(post("/delegations/" + id + "/approve")
                        .with(approver)
                        .with(csrf())
                        .param("decisionNumber", "")
                        .param("decisionDate", "2022-05-20")
                        .param("version", d.get("version").asString()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        mvc.perform(post("/delegations/" + id + "/approve")
                        .with(approver)
                        .with(csrf())
                        .param("decisionNumber", "77/QĐ-UBND")
                        .param("decisionDate", "2022-05-20")
                        .param("version", d.get("version").asString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/delegations/" + id + "/done")
                        .param("reportText", "Tốt đẹp")
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        api.get("/api/v1/delegations/" + id).andExpect(jsonPath("$.status").value("DONE"));
        mvc.perform(get("/search?q=han quoc").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/delegations/" + id)));
    }

    @Test
    void figuresCountApprovedAndDoneDelegationsAndTheirMembers() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1", "delegations": [
                  {"ref": "fg12-1", "unit": "12", "direction": "OUTGOING", "title": "Ra 1", "countries": ["CN"], "partners": [],
                   "startDate": "2023-02-01", "endDate": "2023-02-03", "status": "DONE",
                   "members": [{"name": "Fg A"}, {"name": "Fg B"}, {"name": "Fg C"}]},
                  {"ref": "fg12-2", "unit": "12", "direction": "OUTGOING", "title": "Ra 2", "countries": ["LA"],
                   "startDate": "2023-05-10", "status": "APPROVED", "memberCount": 4},
                  {"ref": "fg12-3", "unit": "12", "direction": "OUTGOING", "title": "Ra chờ duyệt", "countries": ["LA"],
                   "startDate": "2023-05-11", "status": "PROPOSED", "members": [{"name": "Fg A"}, {"name": "Fg D"}]},
                  {"ref": "fg12-4", "unit": "12", "direction": "OUTGOING", "title": "Ra bị từ chối", "countries": ["JP"],
                   "startDate": "2023-06-11", "status": "REJECTED", "memberCount": 9},
                  {"ref": "fg12-5", "unit": "12", "direction": "INCOMING", "title": "Vào 1", "countries": ["CN"],
                   "startDate": "2023-03-15", "status": "DONE", "memberCount": 7},
                  {"ref": "fg12-6", "unit": "12", "direction": "OUTGOING", "title": "Ra năm trước", "countries": ["CN"],
                   "startDate": "2022-02-15", "status": "DONE", "members": [{"name": "Fg A"}]},
                  {"ref": "fg12-7", "unit": "12", "direction": "INCOMING", "title": "Vào bị hủy", "countries": ["CN"],
                   "startDate": "2023-04-15", "status": "CANCELLED", "memberCount": 2}
                ]}""";
        api.importDataset(document);

        Figures f = new Figures();
        figures.contribute(
                new FigureQuery(
                        "12",
                        units.reportScope("12", true),
                        Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))),
                f);
        assertThat(f.values().get("delegations.outgoing").value()).isEqualByComparingTo("2");
        assertThat(f.values().get("delegations.outgoing.persons").value()).isEqualByComparingTo("7");
        assertThat(f.values().get("delegations.incoming").value()).isEqualByComparingTo("1");
        assertThat(f.values().get("delegations.incoming.persons").value()).isEqualByComparingTo("7");
        assertThat(f.values().get("delegations.outgoing").unit()).isEqualTo("DELEGATIONS");
        assertThat(f.values().get("delegations.outgoing.persons").unit()).isEqualTo("PERSONS");
        String link = f.values().get("delegations.outgoing").link();
        assertThat(link)
                .isEqualTo("/delegations?unit=12&from=2023-01-01&to=2023-12-31&direction=OUTGOING&counted=true");

        Figures empty = new Figures();
        figures.contribute(
                new FigureQuery(
                        "12",
                        units.reportScope("12", true),
                        Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))),
                empty);
        assertThat(empty.values())
                .containsKeys(
                        "delegations.outgoing",
                        "delegations.incoming",
                        "delegations.outgoing.persons",
                        "delegations.incoming.persons");
        assertThat(empty.values().get("delegations.incoming.persons").value()).isEqualByComparingTo("0");

        // the figure's link lands on exactly the records counted
        mvc.perform(get(link).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 đoàn / 7 lượt người / 3 người")))
                .andExpect(content().string(Matchers.containsString("Ra 2")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Ra chờ duyệt"))));
        api.get("/api/v1/delegations?unit=12&from=2023-01-01&to=2023-12-31&direction=OUTGOING&counted=true")
                .andExpect(jsonPath("$.total").value(2));

        List<ChartSource.Chart> charts = figures.charts(units.reportScope("12", true), 2023);
        ChartSource.Chart chart = charts.get(0);
        assertThat(chart.id()).isEqualTo("delegations.byMonth");
        assertThat(chart.categories()).hasSize(12).first().isEqualTo("1");
        assertThat(chart.series().get(0).values().get(1)).isEqualByComparingTo(BigDecimal.ONE); // Feb 2023
        assertThat(chart.series().get(0).values().get(2)).isEqualByComparingTo(BigDecimal.ONE); // Mar 2023
        assertThat(chart.series().get(0).values().get(4)).isEqualByComparingTo(BigDecimal.ONE); // May: approved only
        assertThat(chart.series().get(1).values().get(1)).isEqualByComparingTo(BigDecimal.ONE); // Feb 2022
    }

    @Test
    void datasetImportsOnceAndExportsTheContractShape() throws Exception {
        String partners =
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "ds11-p", "kind": "FOREIGN_LOCALITY", "name": "Luang Prabang", "nameVi": "Tỉnh Luông Pha Băng", "country": "LA", "unit": "11"}],
                 "delegations": [
                  {"ref": "ds11-d1", "unit": "11", "direction": "OUTGOING", "title": "Thăm Luông Pha Băng", "purpose": "Ký biên bản",
                   "countries": ["LA"], "partners": ["ds11-p"], "startDate": "2021-03-01", "endDate": "2021-03-05",
                   "members": [{"name": "Ds Một", "position": "Phó Chủ tịch", "organization": "UBND tỉnh"}],
                   "status": "DONE", "decisionNumber": "5/QĐ", "decisionDate": "2021-02-20", "reportText": "Đã ký"},
                  {"ref": "ds11-d2", "unit": "11", "direction": "INCOMING", "title": "Đoàn chỉ biết số người",
                   "countries": ["LA"], "partners": [], "startDate": "2021-04-01", "memberCount": 6, "status": "APPROVED"}
                ]}""";
        JsonNode first = api.importDataset(partners);
        assertThat(first.get("created").asInt()).isEqualTo(3);
        JsonNode again = api.importDataset(partners);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();

        JsonNode exported = api.json(api.get("/api/v1/dataset?unit=11"));
        JsonNode d1 = null;
        JsonNode d2 = null;
        for (JsonNode d : exported.get("delegations")) {
            if (d.get("ref").asString().equals("ds11-d1")) {
                d1 = d;
            }
            if (d.get("ref").asString().equals("ds11-d2")) {
                d2 = d;
            }
        }
        assertThat(d1).isNotNull();
        assertThat(d1.has("id")).isFalse();
        assertThat(d1.has("version")).isFalse();
        assertThat(d1.get("unit").asString()).isEqualTo("11");
        assertThat(d1.get("direction").asString()).isEqualTo("OUTGOING");
        assertThat(d1.get("title").asString()).isEqualTo("Thăm Luông Pha Băng");
        assertThat(d1.get("purpose").asString()).isEqualTo("Ký biên bản");
        assertThat(d1.get("countries").get(0).asString()).isEqualTo("LA");
        assertThat(d1.get("partners").get(0).asString()).isEqualTo("ds11-p");
        assertThat(d1.get("startDate").asString()).isEqualTo("2021-03-01");
        assertThat(d1.get("endDate").asString()).isEqualTo("2021-03-05");
        assertThat(d1.get("members").get(0).get("name").asString()).isEqualTo("Ds Một");
        assertThat(d1.get("members").get(0).get("position").asString()).isEqualTo("Phó Chủ tịch");
        assertThat(d1.get("members").get(0).get("organization").asString()).isEqualTo("UBND tỉnh");
        assertThat(d1.get("status").asString()).isEqualTo("DONE");
        assertThat(d1.get("decisionNumber").asString()).isEqualTo("5/QĐ");
        assertThat(d2.get("memberCount").asInt()).isEqualTo(6);
        assertThat(d2.has("endDate")).isFalse();

        // the partner's page names the delegation
        long partnerId = api.json(api.get("/api/v1/partners?q=luang prabang"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        mvc.perform(get("/partners/" + partnerId).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(Matchers.containsString("Thăm Luông Pha Băng")));

        // a bad item names its path and nothing is saved
        api.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1", "delegations": [
                          {"ref": "ds11-ok", "unit": "11", "direction": "OUTGOING", "title": "OK", "startDate": "2021-01-01", "status": "DONE"},
                          {"ref": "ds11-bad", "unit": "11", "direction": "OUTGOING", "title": "Bad", "status": "DONE", "partners": ["nope"]}
                        ]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'delegations[1].startDate')]")
                        .exists());
        api.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1", "delegations": [
                          {"ref": "ds11-bad", "unit": "11", "direction": "OUTGOING", "title": "Bad", "startDate": "2021-01-01", "status": "DONE", "partners": ["nope"]}
                        ]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'delegations[0].partners[0]')]")
                        .exists());
        api.get("/api/v1/delegations?unit=11&q=ds11-ok")
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theSamePersonOnSeveralDelegationsIsOnePerson() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1", "delegations": [
                  {"ref": "pp11-1", "unit": "11", "direction": "OUTGOING", "title": "Chuyến một", "countries": ["CN"],
                   "startDate": "2020-05-01", "status": "DONE",
                   "members": [{"name": "Vàng A Páo", "organization": "Sở Ngoại vụ Điện Biên"}, {"name": "Lò Thị Mai", "organization": "Sở Ngoại vụ Điện Biên"}]},
                  {"ref": "pp11-2", "unit": "11", "direction": "OUTGOING", "title": "Chuyến hai", "countries": ["LA"],
                   "startDate": "2021-05-01", "status": "DONE",
                   "members": [{"name": "vang a pao", "organization": "SỞ NGOẠI VỤ ĐIỆN BIÊN"}]},
                  {"ref": "pp11-3", "unit": "11", "direction": "OUTGOING", "title": "Chuyến ba", "countries": ["LA"],
                   "startDate": "2021-09-01", "status": "APPROVED",
                   "members": [{"name": "Vàng  A Páo", "organization": "Sở Ngoại vụ Điện Biên"}, {"name": "Vàng A Páo", "organization": "Công ty khác"}]}
                ]}""";
        api.importDataset(document);
        mvc.perform(get("/delegations?unit=11&q=chuyen&from=2020-01-01&to=2021-12-31")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(content().string(Matchers.containsString("3 đoàn / 5 lượt người / 3 người")));

        String people = mvc.perform(get("/delegations/people?q=vang a pao")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/delegations/people/(\\d+)").matcher(people);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSize(2); // the same name in another organisation is another person
        boolean found = false;
        for (String pid : ids) {
            String page = mvc.perform(
                            get("/delegations/people/" + pid).with(user("admin").roles("ADMIN")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (page.contains("Chuyến một")) {
                found = true;
                assertThat(page).contains("Chuyến hai").contains("Chuyến ba").contains("3 chuyến");
                assertThat(page.replaceAll("\\s+", ""))
                        .contains("<td>2021</td><tdclass=\"text-end\">2</td>")
                        .contains("<td>2020</td><tdclass=\"text-end\">1</td>");
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void pagesRenderInBothLanguages() throws Exception {
        long id = api.json(api.post(
                        "/api/v1/delegations",
                        delegation("11", "INCOMING", "Trang hiển thị", "members", members("Trang Một"))))
                .get("id")
                .asLong();
        var admin = user("admin").roles("ADMIN");
        for (String lang : new String[] {"", "?lang=en"}) {
            for (String path : new String[] {
                "/delegations",
                "/delegations/" + id,
                "/delegations/new",
                "/delegations/" + id + "/edit",
                "/delegations/people"
            }) {
                mvc.perform(get(path + lang).with(admin))
                        .andExpect(status().isOk())
                        .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
            }
        }
        mvc.perform(get("/delegations/new").with(admin))
                .andExpect(content().string(Matchers.containsString("members[4].name")))
                .andExpect(content().string(Matchers.containsString("id=\"members-4-name\"")));
        mvc.perform(get("/delegations?lang=en").with(admin))
                .andExpect(content().string(Matchers.containsString("people-link")));
        mvc.perform(get("/delegations?q=trang&unit=11")
                        .header("HX-Request", "true")
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<nav class=\"navbar"))));
        mvc.perform(get("/delegations?format=xlsx").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(post("/delegations")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "11")
                        .param("direction", "OUTGOING")
                        .param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        mvc.perform(get("/").with(admin)).andExpect(content().string(Matchers.containsString("Trang hiển thị")));
    }

    @Test
    void theCalendarHasTheDelegationsThatTakePlace() throws Exception {
        long id = api.json(api.post(
                        "/api/v1/delegations",
                        delegation(
                                "11", "OUTGOING", "Lịch công tác", "startDate", "2024-10-01", "endDate", "2024-10-03")))
                .get("id")
                .asLong();
        JsonNode rejected = api.json(api.post(
                "/api/v1/delegations",
                delegation(
                        "11",
                        "OUTGOING",
                        "Lịch bị từ chối",
                        "startDate",
                        "2024-11-01",
                        "endDate",
                        "2024-11-02",
                        "status",
                        "REJECTED")));
        String ics = api.get("/api/v1/calendar.ics?unit=11")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ics).contains("UID:delegation-" + id + "@doingoai");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20241001").contains("DTEND;VALUE=DATE:20241004");
        assertThat(ics).doesNotContain("delegation-" + rejected.get("id").asLong() + "@");
    }
}
