package vn.doingoai.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
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
import vn.doingoai.period.Period;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.Figures;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Units;

/** Indicator values end to end: import, exact periods, plans, trade.total, grid, API, pages. Units 31 and 33. */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    IndicatorFigures indicatorFigures;

    @Autowired
    Units units;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    private Figures figures(String unit, Period period) {
        Figures figures = new Figures();
        indicatorFigures.contribute(new FigureQuery(unit, units.reportScope(unit, true), period), figures);
        return figures;
    }

    private static void assertValue(Figures figures, String key, String expected) {
        assertThat(figures.values()).containsKey(key);
        assertThat(figures.values().get(key).value()).as(key).isEqualByComparingTo(expected);
    }

    @Test
    void importMatchesByIndicatorUnitDatesAndKindAndReimportCreatesNothing() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1", "indicatorValues": [
                  {"indicator": "trade.export", "unit": "31", "period": "2019-6M", "kind": "ACTUAL", "value": 100.25},
                  {"indicator": "trade.export", "unit": "31", "period": "2019", "kind": "PLAN", "value": 400}
                ]}""";
        assertThat(api.importDataset(document).get("created").asInt()).isEqualTo(2);
        JsonNode again = api.importDataset(document);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        // the same dates under another code: the value is updated in place
        JsonNode changed = api.importDataset(
                """
                {"format": "doingoai-dataset/1", "indicatorValues": [
                  {"indicator": "trade.export", "unit": "31", "period": "2019-H1", "kind": "ACTUAL", "value": 101.5}
                ]}""");
        assertThat(changed.get("created").asInt()).isZero();
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        JsonNode list =
                api.json(api.get("/api/v1/indicator-values?unit=31&year=2019&indicator=trade.export&kind=ACTUAL"));
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("period").asString()).isEqualTo("2019-H1");
        assertThat(list.get("items").get(0).get("value").decimalValue()).isEqualByComparingTo("101.5");

        api.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1", "indicatorValues": [
                          {"indicator": "no.such", "unit": "31", "period": "2019-H3", "kind": "ACTUAL", "value": 1}
                        ]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'indicatorValues[0].period')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'indicatorValues[0].indicator')]")
                        .exists());

        JsonNode exported = api.json(api.get("/api/v1/dataset?unit=31"));
        boolean found = false;
        for (JsonNode v : exported.get("indicatorValues")) {
            if (v.get("period").asString().equals("2019-H1")) {
                found = true;
                assertThat(v.has("id")).isFalse();
                assertThat(v.get("value").decimalValue()).isEqualByComparingTo("101.5");
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void figuresUseExactlyTheReportDatesThePlanOfThePeriodOrItsYearAndDeriveTheTotal() throws Exception {
        api.importDataset(
                """
                {"format": "doingoai-dataset/1", "indicatorValues": [
                  {"indicator": "trade.export", "unit": "31", "period": "2018-9M", "kind": "ACTUAL", "value": 900},
                  {"indicator": "trade.export", "unit": "31", "period": "2018-Q3", "kind": "ACTUAL", "value": 300},
                  {"indicator": "trade.export", "unit": "31", "period": "2018-H1", "kind": "ACTUAL", "value": 600},
                  {"indicator": "trade.export", "unit": "31", "period": "2018", "kind": "PLAN", "value": 1200},
                  {"indicator": "trade.import", "unit": "31", "period": "2018-9M", "kind": "ACTUAL", "value": 500.5},
                  {"indicator": "trade.import", "unit": "31", "period": "2018-9M", "kind": "PLAN", "value": 700},
                  {"indicator": "trade.import", "unit": "31", "period": "2018", "kind": "PLAN", "value": 1000},
                  {"indicator": "trade.export", "unit": "30", "period": "2018-9M", "kind": "ACTUAL", "value": 100},
                  {"indicator": "grdp.growth", "unit": "31", "period": "2018-9M", "kind": "ACTUAL", "value": 7.25},
                  {"indicator": "grdp.growth", "unit": "30", "period": "2018-9M", "kind": "ACTUAL", "value": 5.5}
                ]}""");
        Figures nine = figures("31", Period.ofCode("2018-9M"));
        // 31 and 30 (merged into 31); H1 and Q3 values are other periods and do not count
        assertValue(nine, "trade.export", "1000");
        assertValue(nine, "trade.import", "500.5");
        assertValue(nine, "trade.total", "1500.5");
        assertThat(nine.values().get("trade.export").unit()).isEqualTo("USD");
        assertThat(nine.values().get("trade.export").link())
                .isEqualTo("/indicators/values?unit=31&from=2018-01-01&to=2018-09-30&indicator=trade.export");
        // export: no 9M plan, so the year's; import: the 9M plan
        assertThat(nine.plans().get("trade.export")).isEqualByComparingTo("1200");
        assertThat(nine.plans().get("trade.import")).isEqualByComparingTo("700");
        // 31 has both plans (its export plan from its year); 30 has none
        assertThat(nine.plans().get("trade.total")).isEqualByComparingTo("1900");
        // not additive: the report's own unit's value
        assertValue(nine, "grdp.growth", "7.25");
        assertThat(nine.values().get("grdp.growth").unit()).isEqualTo("PERCENT");

        Figures q3 = figures("31", Period.ofCode("2018-Q3"));
        assertValue(q3, "trade.export", "300");
        assertValue(q3, "trade.import", "0");
        assertValue(q3, "trade.total", "300");
        assertThat(q3.plans().get("trade.export")).isEqualByComparingTo("1200");
        assertThat(q3.values()).doesNotContainKey("grdp.growth");

        Figures other = figures("31", Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 9, 29)));
        assertValue(other, "trade.export", "0");
        assertValue(other, "trade.import", "0");
        assertValue(other, "trade.total", "0");

        // an entered total wins over export plus import
        api.importDataset(
                """
                {"format": "doingoai-dataset/1", "indicatorValues": [
                  {"indicator": "trade.total", "unit": "31", "period": "2018-9M", "kind": "ACTUAL", "value": 1450}
                ]}""");
        Figures withTotal = figures("31", Period.ofCode("2018-9M"));
        assertValue(withTotal, "trade.total", "1550"); // 1450 entered for 31, 100 + 0 derived for 30

        // a user-defined indicator appears under its own code with its unit of measure
        api.post(
                        "/api/v1/indicators",
                        Map.of(
                                "code", "tourism.visitors31",
                                "nameVi", "Khách quốc tế",
                                "nameEn", "Foreign visitors",
                                "measure", "PERSONS",
                                "aggregation", "SUM"))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/indicator-values",
                        Map.of(
                                "indicator",
                                "tourism.visitors31",
                                "unit",
                                "33",
                                "period",
                                "2018-9M",
                                "kind",
                                "ACTUAL",
                                "value",
                                12345))
                .andExpect(status().isCreated());
        Figures visitors = figures("33", Period.ofCode("2018-9M"));
        assertValue(visitors, "tourism.visitors31", "12345");
        assertThat(visitors.values().get("tourism.visitors31").unit()).isEqualTo("PERSONS");
        assertValue(visitors, "trade.export", "0");
        assertThat(visitors.plans()).doesNotContainKey("trade.export");
    }

    @Test
    void apiCreatesReadsReplacesWithVersionAndDeletes() throws Exception {
        JsonNode created = api.json(api.post(
                        "/api/v1/indicator-values",
                        Map.of(
                                "indicator",
                                "trade.import",
                                "unit",
                                "33",
                                "period",
                                "2017-Q2",
                                "kind",
                                "PLAN",
                                "value",
                                "123456789.123456"))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("value").decimalValue()).isEqualByComparingTo("123456789.123456");
        Map<String, Object> change = new HashMap<>(
                Map.of("indicator", "trade.import", "unit", "33", "period", "2017-Q2", "kind", "PLAN", "value", 5));
        change.put("version", created.get("version").asLong());
        api.put("/api/v1/indicator-values/" + id, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(5));
        api.put("/api/v1/indicator-values/" + id, change).andExpect(status().isConflict());
        api.get("/api/v1/indicator-values/" + id).andExpect(jsonPath("$.value").value(5));
        // the same key again
        api.post(
                        "/api/v1/indicator-values",
                        Map.of(
                                "indicator",
                                "trade.import",
                                "unit",
                                "33",
                                "period",
                                "2017-Q2",
                                "kind",
                                "PLAN",
                                "value",
                                1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        api.post(
                        "/api/v1/indicator-values",
                        Map.of(
                                "indicator",
                                "trade.import",
                                "unit",
                                "33",
                                "period",
                                "2017-Q9",
                                "kind",
                                "PLAN",
                                "value",
                                1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        api.post("/api/v1/indicator-values", Map.of("unit", "33")).andExpect(status().isBadRequest());

        mvc.perform(get("/indicators/values/" + id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));

        api.delete("/api/v1/indicator-values/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/indicator-values/" + id).andExpect(status().isNotFound());
        api.get("/api/v1/indicators")
                .andExpect(jsonPath("$[?(@.code == 'grdp.growth')].measure").value("PERCENT"));
    }

    @Test
    void aViewerNeitherWritesNorDefinesNorReadsOutsideTheirUnit() throws Exception {
        api.post(
                        "/api/v1/users",
                        Map.of("username", "ind-viewer33", "password", "viewer-pw", "role", "VIEWER", "unit", "33"))
                .andExpect(status().isCreated());
        Api viewer = api.as("ind-viewer33", "viewer-pw");
        viewer.post(
                        "/api/v1/indicator-values",
                        Map.of("indicator", "trade.export", "unit", "33", "period", "2016", "kind", "PLAN", "value", 1))
                .andExpect(status().isForbidden());
        viewer.post("/api/v1/indicators", Map.of("code", "x.y", "nameVi", "X", "measure", "TONS", "aggregation", "SUM"))
                .andExpect(status().isForbidden());
        viewer.get("/api/v1/indicator-values?unit=31").andExpect(status().isForbidden());
        viewer.get("/api/v1/indicator-values?unit=33").andExpect(status().isOk());
    }

    @Test
    void theGridSavesAYearOfOneUnitInOnePost() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(post("/indicators/entry")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "33")
                        .param("year", "2015")
                        .param("c|trade.export|2015-01|ACTUAL", "1.234.567")
                        .param("c|trade.export|2015-9M|ACTUAL", "21310000000")
                        .param("c|grdp.growth|2015|PLAN", "7,3")
                        .param("c|trade.import|2015-Q1|PLAN", ""))
                .andExpect(status().is3xxRedirection());
        JsonNode list = api.json(api.get("/api/v1/indicator-values?unit=33&year=2015&size=50"));
        assertThat(list.get("total").asInt()).isEqualTo(3);
        assertThat(figures("33", Period.ofCode("2015-9M"))
                        .values()
                        .get("trade.export")
                        .value())
                .isEqualByComparingTo("21310000000");
        assertThat(figures("33", Period.ofCode("2015-01"))
                        .values()
                        .get("trade.export")
                        .value())
                .isEqualByComparingTo("1234567");

        mvc.perform(get("/indicators/entry?unit=33&year=2015").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"21310000000\"")))
                .andExpect(content().string(Matchers.containsString("value=\"7.3\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));

        // emptying a cell removes its value; a changed one is changed in place
        mvc.perform(post("/indicators/entry")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "33")
                        .param("year", "2015")
                        .param("c|trade.export|2015-01|ACTUAL", "")
                        .param("c|trade.export|2015-9M|ACTUAL", "21310000001")
                        .param("c|grdp.growth|2015|PLAN", "7,3"))
                .andExpect(status().is3xxRedirection());
        list = api.json(api.get("/api/v1/indicator-values?unit=33&year=2015&size=50"));
        assertThat(list.get("total").asInt()).isEqualTo(2);

        // one unreadable number and nothing is saved
        mvc.perform(post("/indicators/entry")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "33")
                        .param("year", "2015")
                        .param("c|trade.export|2015-9M|ACTUAL", "abc")
                        .param("c|trade.import|2015-9M|ACTUAL", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        list = api.json(api.get("/api/v1/indicator-values?unit=33&year=2015&size=50"));
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(figures("33", Period.ofCode("2015-9M"))
                        .values()
                        .get("trade.export")
                        .value())
                .isEqualByComparingTo(new BigDecimal("21310000001"));
    }

    @Test
    void pagesRenderInBothLanguages() throws Exception {
        var admin = user("admin").roles("ADMIN");
        for (String url : new String[] {
            "/indicators",
            "/indicators/values",
            "/indicators/values?unit=31&from=2018-01-01&to=2018-09-30&indicator=trade.export",
            "/indicators/entry?unit=31&year=2018"
        }) {
            mvc.perform(get(url).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
            mvc.perform(get(url + (url.contains("?") ? "&" : "?") + "lang=en").with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        mvc.perform(get("/indicators/values?lang=en").with(admin))
                .andExpect(content().string(Matchers.containsString("Indicator values")));
        mvc.perform(get("/indicators/values?year=2018")
                        .header("HX-Request", "true")
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<nav class=\"navbar"))));
        mvc.perform(get("/indicators/values?format=xlsx&unit=31").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(post("/indicators")
                        .with(admin)
                        .with(csrf())
                        .param("code", "Bad Code")
                        .param("nameVi", "")
                        .param("measure", "TONS")
                        .param("aggregation", "SUM"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        mvc.perform(post("/indicators")
                        .with(admin)
                        .with(csrf())
                        .param("code", "rice.export31")
                        .param("nameVi", "Xuất khẩu gạo")
                        .param("measure", "TONS")
                        .param("aggregation", "SUM"))
                .andExpect(status().is3xxRedirection());
    }
}
