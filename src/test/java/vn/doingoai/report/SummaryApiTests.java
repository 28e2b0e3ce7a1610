package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/** {@code GET /api/v1/reports/summary} as API.md describes it, with figures from fake sources. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ReportTestConfig.class)
class SummaryApiTests {

    static final String URL = "/api/v1/reports/summary?unit=19&from=2021-01-01&to=2021-09-30";

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
    void theSummaryHasThePreviousPeriodChangesAndPlanShares() throws Exception {
        JsonNode s = api.json(api.get(URL).andExpect(status().isOk()));
        assertThat(s.get("unit").get("code").asString()).isEqualTo("19");
        assertThat(s.get("unit").get("name").asString()).isEqualTo("Tỉnh Thái Nguyên");
        assertThat(s.get("from").asString()).isEqualTo("2021-01-01");
        assertThat(s.get("to").asString()).isEqualTo("2021-09-30");
        assertThat(s.get("previousFrom").asString()).isEqualTo("2020-01-01");
        assertThat(s.get("previousTo").asString()).isEqualTo("2020-09-30");

        JsonNode export = s.get("figures").get("trade.export");
        assertThat(export.get("value").decimalValue()).isEqualByComparingTo("21310000000");
        assertThat(export.get("unit").asString()).isEqualTo("USD");
        assertThat(export.get("previous").decimalValue()).isEqualByComparingTo("19860000000");
        assertThat(export.get("changePct").decimalValue()).isEqualByComparingTo("7.3");
        assertThat(export.get("plan").decimalValue()).isEqualByComparingTo("28150000000");
        assertThat(export.get("planPct").decimalValue()).isEqualByComparingTo("75.7");

        JsonNode aid = s.get("figures").get("aid.disbursed");
        assertThat(aid.get("changePct").decimalValue()).isEqualByComparingTo("-1.43");
        assertThat(aid.has("plan")).isFalse();
        assertThat(aid.has("planPct")).isFalse();

        JsonNode outgoing = s.get("figures").get("delegations.outgoing");
        assertThat(outgoing.get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(outgoing.get("previous").decimalValue()).isEqualByComparingTo("0");
        assertThat(outgoing.has("changePct")).isTrue();
        assertThat(outgoing.get("changePct").isNull()).isTrue();

        // the previous period's warnings are not this period's; the same warning twice is one
        assertThat(s.get("warnings")).hasSize(1);
        assertThat(s.get("warnings").get(0).asString()).isEqualTo(ReportTestConfig.KRW_WARNING);
    }

    @Test
    void numbersAreExactJsonNumbers() throws Exception {
        String body = api.get(URL).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"value\":21310000000,");
        assertThat(body).contains("\"value\":158060000,");
        assertThat(body).contains("\"value\":2,");
        assertThat(body).doesNotContain("E+").doesNotContain("2.0,");
        assertThat(body)
                .contains(
                        "\"delegations.outgoing\":{\"value\":2,\"unit\":\"DELEGATIONS\",\"previous\":0,\"changePct\":null}");
    }

    @Test
    void roundingIsHalfUpToTwoDecimals() {
        assertThat(SummaryService.changePct(new BigDecimal("21310000000"), new BigDecimal("19860000000")))
                .isEqualByComparingTo("7.3");
        assertThat(SummaryService.changePct(new BigDecimal("438470"), new BigDecimal("444830")))
                .isEqualByComparingTo("-1.43");
        assertThat(SummaryService.changePct(new BigDecimal("100.005"), new BigDecimal("100")))
                .isEqualByComparingTo("0.01");
        assertThat(SummaryService.changePct(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(SummaryService.changePct(BigDecimal.ONE, null)).isNull();
        assertThat(SummaryService.share(new BigDecimal("21310000000"), new BigDecimal("28150000000")))
                .isEqualByComparingTo("75.7");
        assertThat(SummaryService.share(BigDecimal.ONE, null)).isNull();
        assertThat(SummaryService.plain(new BigDecimal("2.00")).toString()).isEqualTo("2");
        assertThat(SummaryService.plain(new BigDecimal("21310000000.0000")).toString())
                .isEqualTo("21310000000");
    }

    @Test
    void includeMergedPassesThroughAndDefaultsToTrue() throws Exception {
        ReportTestConfig.QUERIES.clear();
        api.get("/api/v1/reports/summary?unit=24&from=2021-01-01&to=2021-12-31").andExpect(status().isOk());
        assertThat(ReportTestConfig.QUERIES.get(0).units().codes()).containsExactlyInAnyOrder("24", "27");
        assertThat(ReportTestConfig.QUERIES.get(0).period(0).from()).hasToString("2021-01-01");
        assertThat(ReportTestConfig.QUERIES.get(0).period(1).from()).hasToString("2020-01-01");
        ReportTestConfig.QUERIES.clear();
        api.get("/api/v1/reports/summary?unit=24&from=2021-01-01&to=2021-12-31&includeMerged=false")
                .andExpect(status().isOk());
        assertThat(ReportTestConfig.QUERIES.get(0).units().codes()).containsExactly("24");
        ReportTestConfig.QUERIES.clear();
        api.get("/api/v1/reports/summary?unit=VN&from=2021-01-01&to=2021-12-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.name").value("Việt Nam"));
        assertThat(ReportTestConfig.QUERIES.get(0).units().all()).isTrue();
    }

    @Test
    void badParametersGet400Problems() throws Exception {
        api.get("/api/v1/reports/summary?unit=19&from=2021-13-01&to=2021-09-31")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'from')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'to')]").exists());
        api.get("/api/v1/reports/summary?from=2021-01-01&to=2021-09-30")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        api.get("/api/v1/reports/summary?unit=nowhere&from=2021-01-01&to=2021-09-30")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        api.get("/api/v1/reports/summary?unit=19&from=2021-09-30&to=2021-01-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        api.get("/api/v1/reports/summary?unit=19").andExpect(status().isBadRequest());
        api.get("/api/v1/reports/summary.docx?unit=19&from=x&to=2021-09-30").andExpect(status().isBadRequest());
        api.get(URL + "&includeMerged=maybe").andExpect(status().isBadRequest());
    }

    @Test
    void aViewerOutsideTheUnitGets403() throws Exception {
        api.post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "reportviewer24",
                                "password",
                                "viewer-pw-24",
                                "role",
                                "VIEWER",
                                "unit",
                                "24"))
                .andExpect(status().isCreated());
        Api viewer = api.as("reportviewer24", "viewer-pw-24");
        viewer.get(URL).andExpect(status().isForbidden());
        viewer.get("/api/v1/reports/summary.pdf?unit=19&from=2021-01-01&to=2021-09-30")
                .andExpect(status().isForbidden());
        viewer.get("/api/v1/reports/summary?unit=24&from=2021-01-01&to=2021-09-30")
                .andExpect(status().isOk());
        viewer.get("/api/v1/reports/summary?unit=VN&from=2021-01-01&to=2021-09-30")
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(URL))
                .andExpect(status().isUnauthorized());
    }
}
