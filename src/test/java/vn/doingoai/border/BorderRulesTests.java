package vn.doingoai.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;
import vn.doingoai.support.ReportText;

/**
 * Where border records are kept and what they may name: a merged province's border counts in the
 * province it joined (Hà Giang's gate in Tuyên Quang's summary after the 2025 merger); records of a
 * province without a border are refused at their unit, a closure ending before it starts at its
 * path, an incident at another province's gate and a pair with a partner that is no foreign
 * locality at theirs; only a border province's users are offered the border; admins set the flag.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BorderRulesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void haGiangsGateCountsInTuyenQuangsSummaryAfterTheMerger() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "borderGates": [
                   {"ref": "bd02-g1", "unit": "02", "name": "Thanh Thủy Bd02", "kind": "INTERNATIONAL", "country": "CN",
                    "counterpart": "Thiên Bảo"},
                   {"ref": "bd02-g2", "unit": "02", "name": "Xín Mần Bd02", "kind": "MAIN", "country": "CN",
                    "closures": [{"from": "2025-01-01", "to": null, "reason": "Nâng cấp"}]}],
                 "borderIncidents": [
                   {"ref": "bd02-i1", "unit": "02", "gate": "bd02-g1", "date": "2025-03-01", "summary": "Vụ việc Bd02",
                    "resolvedOn": "2025-03-03"}]}""");
        // after the merger, Tuyên Quang's officer records an incident at the Hà Giang gate
        api.post(
                        "/api/v1/users",
                        Map.of("username", "bd-officer08", "password", "border-pw", "role", "OFFICER", "unit", "08"))
                .andExpect(status().isCreated());
        Api tuyenQuang = api.as("bd-officer08", "border-pw");
        tuyenQuang
                .post(
                        "/api/v1/border-incidents",
                        Map.of(
                                "unit",
                                "08",
                                "gate",
                                "bd02-g1",
                                "date",
                                "2025-09-10",
                                "summary",
                                "Vụ việc Bd08 tại Thanh Thủy"))
                .andExpect(status().isCreated());

        JsonNode after = api.json(tuyenQuang.get("/api/v1/reports/summary?unit=08&from=2025-07-01&to=2025-12-31"))
                .get("figures");
        assertThat(after.get("border.gates.open").get("value").asLong()).isEqualTo(1);
        assertThat(after.get("border.incidents").get("value").asLong()).isEqualTo(1);
        JsonNode year = api.json(tuyenQuang.get("/api/v1/reports/summary?unit=08&from=2025-01-01&to=2025-12-31"))
                .get("figures");
        assertThat(year.get("border.incidents").get("value").asLong()).isEqualTo(2);
        assertThat(year.get("border.incidents.resolved").get("value").asLong()).isEqualTo(1);
        // Hà Giang's own summary (before the merger) has its gates, not Tuyên Quang's incident
        JsonNode haGiang = api.json(api.get("/api/v1/reports/summary?unit=02&from=2025-01-01&to=2025-06-30"))
                .get("figures");
        assertThat(haGiang.get("border.gates.open").get("value").asLong()).isEqualTo(1);
        assertThat(haGiang.get("border.incidents").get("value").asLong()).isEqualTo(1);
        // and so does its report: Hà Giang's gates, the closed one by name
        assertThat(ReportText.of(api, "08", "2025-07-01", "2025-12-31"))
                .contains("Đến ngày 31/12/2025, trên tuyến biên giới của tỉnh có 02 cửa khẩu, lối mở, trong đó 01 đang"
                        + " hoạt động, 01 tạm dừng hoạt động (cửa khẩu chính Xín Mần Bd02 từ ngày 1/1/2025).")
                .contains("trên tuyến biên giới phát sinh 01 vụ việc");
        // Tuyên Quang's border page shows the gate of its predecessor
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/border").with(user("bd-officer08").roles("OFFICER")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page).contains("Thanh Thủy Bd02").contains("Xín Mần Bd02").contains("Tỉnh Hà Giang");
    }

    @Test
    void badBorderRecordsAreRefusedAtTheirPath() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [
                   {"ref": "bd38-ngo", "kind": "FOREIGN_NGO", "name": "Not a locality Bd38"},
                   {"ref": "bd38-hp", "kind": "FOREIGN_LOCALITY", "name": "Houaphanh Bd38", "country": "LA"}],
                 "borderGates": [
                   {"ref": "bd38-g1", "unit": "38", "name": "Na Mèo Bd38", "kind": "INTERNATIONAL", "country": "LA"},
                   {"ref": "bd12-other", "unit": "12", "name": "Other province's gate Bd12", "kind": "MAIN", "country": "LA"}]}""");
        api.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1",
                         "borderGates": [
                           {"ref": "bd38-g2", "unit": "38", "name": "Tén Tằn Bd38", "kind": "MAIN", "country": "LA",
                            "closures": [{"from": "2020-01-01", "to": "2020-02-01", "reason": "Dịch"},
                                         {"from": "2021-05-10", "to": "2021-05-01", "reason": "Sai ngày"}]},
                           {"ref": "bd37-g1", "unit": "37", "name": "No border Bd37", "kind": "CROSSING", "country": "LA"}],
                         "borderIncidents": [
                           {"ref": "bd38-i1", "unit": "38", "gate": "bd12-other", "date": "2021-01-01", "summary": "Wrong gate"},
                           {"ref": "bd38-i2", "unit": "38", "date": "2021-01-05", "summary": "Resolved before", "resolvedOn": "2021-01-01"}],
                         "friendshipPairs": [
                           {"ref": "bd38-p1", "unit": "38", "partner": "bd38-ngo", "establishedOn": "2021-01-01"},
                           {"ref": "bd37-p1", "unit": "37", "partner": "bd38-hp", "establishedOn": "2021-01-01"},
                           {"ref": "bd38-p2", "unit": "38", "partner": "bd38-hp", "establishedOn": "2021-01-01", "endedOn": "2020-01-01"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder(
                                "borderGates[0].closures[1].to",
                                "borderGates[1].unit",
                                "borderIncidents[0].gate",
                                "borderIncidents[1].resolvedOn",
                                "friendshipPairs[0].partner",
                                "friendshipPairs[1].unit",
                                "friendshipPairs[2].endedOn")));
        // the API says why
        api.post(
                        "/api/v1/border-gates",
                        Map.of("unit", "37", "name", "No border Bd37", "kind", "CROSSING", "country", "LA"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(Matchers.containsString("không thuộc tỉnh có biên giới")));
        api.post(
                        "/api/v1/border-gates",
                        Map.of(
                                "unit", "38",
                                "name", "Closure order Bd38",
                                "kind", "SECONDARY",
                                "country", "LA",
                                "closures", List.of(Map.of("from", "2022-05-10", "to", "2022-05-01"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("closures[0].to"));
        // the form keeps what was typed and shows the problem beside the closure's end
        String form = HtmlUtils.htmlUnescape(mvc.perform(post("/border-gates")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("unit", "38")
                        .param("name", "Typed gate Bd38")
                        .param("kind", "SECONDARY")
                        .param("country", "LA")
                        .param("closures[0].from", "2022-05-10")
                        .param("closures[0].to", "2022-05-01")
                        .param("closures[0].reason", "Typed reason"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form)
                .contains("Ngày mở lại không được trước ngày dừng hoạt động")
                .contains("Typed gate Bd38")
                .contains("Typed reason");
        api.get("/api/v1/border-gates?q=Bd37").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void onlyUsersOfABorderProvinceAreOfferedTheBorder() throws Exception {
        Api api = new Api(mvc, json);
        api.post(
                        "/api/v1/users",
                        Map.of("username", "bd-officer37", "password", "border-pw", "role", "OFFICER", "unit", "37"))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/users",
                        Map.of("username", "bd-officer38", "password", "border-pw", "role", "OFFICER", "unit", "38"))
                .andExpect(status().isCreated());
        String inland = mvc.perform(get("/").with(user("bd-officer37").roles("OFFICER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(inland).contains("/letters").doesNotContain("id=\"nav-border\"");
        String border = mvc.perform(get("/").with(user("bd-officer38").roles("OFFICER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(border).contains("id=\"nav-border\"");
    }

    @Test
    void adminsSetAProvincesBorderFlag() throws Exception {
        Api api = new Api(mvc, json);
        api.get("/api/v1/units/02/border").andExpect(jsonPath("$.border").value(true));
        api.get("/api/v1/units/08/border").andExpect(jsonPath("$.border").value(true));
        api.get("/api/v1/units/01").andExpect(jsonPath("$.border").value(false));
        api.post(
                        "/api/v1/users",
                        Map.of("username", "bd-officer96", "password", "border-pw", "role", "OFFICER", "unit", "96"))
                .andExpect(status().isCreated());
        api.as("bd-officer96", "border-pw")
                .put("/api/v1/units/96/border", Map.of("border", true))
                .andExpect(status().isForbidden());
        api.put("/api/v1/units/96/border", Map.of()).andExpect(status().isBadRequest());
        api.put("/api/v1/units/96/border", Map.of("border", true))
                .andExpect(jsonPath("$.border").value(true));
        api.as("bd-officer96", "border-pw")
                .post(
                        "/api/v1/border-gates",
                        Map.of("unit", "96", "name", "Sea gate Bd96", "kind", "MAIN", "country", "KH"))
                .andExpect(status().isCreated());
        // on the units page
        String units = mvc.perform(get("/units?q=Cà Mau").with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(units).contains("id=\"border-96\"");
        mvc.perform(post("/units/border")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("code", "96")
                        .param("border", "false"))
                .andExpect(status().is3xxRedirection());
        api.get("/api/v1/units/96/border").andExpect(jsonPath("$.border").value(false));
        // its gate is still kept, but a province without a border has no border section in its report
        assertThat(api.json(api.get("/api/v1/reports/summary?unit=96&from=2026-01-01&to=2026-06-30"))
                        .get("figures")
                        .get("border.gates.open")
                        .get("value")
                        .asLong())
                .isEqualTo(1);
        assertThat(ReportText.of(api, "96", "2026-01-01", "2026-06-30"))
                .doesNotContain("CÔNG TÁC BIÊN GIỚI, LÃNH THỔ")
                .doesNotContain("cửa khẩu");
        api.as("bd-officer96", "border-pw")
                .post(
                        "/api/v1/border-gates",
                        Map.of("unit", "96", "name", "Sea gate 2 Bd96", "kind", "MAIN", "country", "KH"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/units/border")
                        .with(user("bd-officer96").roles("OFFICER"))
                        .with(csrf())
                        .param("code", "96")
                        .param("border", "true"))
                .andExpect(status().isForbidden());
    }
}
