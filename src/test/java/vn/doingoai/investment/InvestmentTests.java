package vn.doingoai.investment;

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
import java.util.ArrayList;
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
import vn.doingoai.period.Period;
import vn.doingoai.report.ChartSource;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.Figures;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Units;

/** FDI projects end to end: API, rights, figures, chart, dataset section, pages. Unit 22 only. */
@SpringBootTest
@AutoConfigureMockMvc
class InvestmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    InvestmentFigures figureSource;

    @Autowired
    Units units;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    private static Map<String, Object> money(Object amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    private static Map<String, Object> project(
            String ref, String name, String country, String registeredOn, Map<String, Object> capital) {
        Map<String, Object> p = new HashMap<>();
        p.put("ref", ref);
        p.put("unit", "22");
        p.put("name", name);
        p.put("country", country);
        p.put("registeredOn", registeredOn);
        p.put("capital", capital);
        p.put("status", "ACTIVE");
        return p;
    }

    private long create(Map<String, Object> body) throws Exception {
        return api.json(api.post("/api/v1/investments", body).andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    @Test
    void apiCrudVersionsAndRights() throws Exception {
        api.post(
                        "/api/v1/partners",
                        Map.of(
                                "ref",
                                "inv22-investor",
                                "kind",
                                "ENTERPRISE",
                                "name",
                                "Samsung Display",
                                "country",
                                "KR"))
                .andExpect(status().isCreated());
        Map<String, Object> body = project("inv22-crud", "Nhà máy màn hình", null, "2019-03-01", money(1000000, "USD"));
        body.put("investor", "inv22-investor");
        body.put("industrialZone", "KCN Yên Phong");
        body.put("workers", 1200);
        body.put("adjustments", List.of(Map.of("date", "2019-09-01", "capitalChange", money(-250000, "USD"))));
        JsonNode created = api.json(api.post("/api/v1/investments", body).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("country").asString()).isEqualTo("KR");
        assertThat(created.get("investor").asString()).isEqualTo("inv22-investor");
        assertThat(created.get("adjustments")
                        .get(0)
                        .get("capitalChange")
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("-250000");

        body.put("name", "Nhà máy màn hình OLED");
        body.put("version", created.get("version").asLong());
        api.put("/api/v1/investments/" + id, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Nhà máy màn hình OLED"));
        api.put("/api/v1/investments/" + id, body).andExpect(status().isConflict());
        api.get("/api/v1/investments?unit=22&q=man hinh oled")
                .andExpect(jsonPath("$.total").value(1));

        Map<String, Object> bad = project("inv22-bad", "", "XX", "2019-03-01", money(1, "ABCD"));
        bad.put("status", "TERMINATED");
        api.post("/api/v1/investments", bad).andExpect(status().isBadRequest());
        Map<String, Object> noEnd = project("inv22-bad2", "X", "KR", "2019-03-01", money(1, "USD"));
        noEnd.put("status", "TERMINATED");
        api.post("/api/v1/investments", noEnd)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endedOn"));

        api.post(
                        "/api/v1/users",
                        Map.of("username", "viewer22i", "password", "viewer-pw", "role", "VIEWER", "unit", "22"))
                .andExpect(status().isCreated());
        Api viewer = api.as("viewer22i", "viewer-pw");
        viewer.get("/api/v1/investments/" + id).andExpect(status().isOk());
        viewer.post("/api/v1/investments", project("inv22-v", "V", "KR", "2019-03-01", money(1, "USD")))
                .andExpect(status().isForbidden());
        viewer.delete("/api/v1/investments/" + id).andExpect(status().isForbidden());
        viewer.get("/api/v1/investments?unit=25").andExpect(status().isForbidden());

        // the investor's page lists the project
        JsonNode partner = api.json(api.get("/api/v1/partners?q=samsung display"));
        mvc.perform(get("/partners/" + partner.get("items").get(0).get("id").asLong())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(content().string(Matchers.containsString("Nhà máy màn hình OLED")));

        api.delete("/api/v1/investments/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/investments/" + id).andExpect(status().isNotFound());
    }

    @Test
    void figuresCountAndConvertAtEachAmountsOwnDate() throws Exception {
        api.post("/api/v1/exchange-rates", Map.of("currency", "VND", "from", "2015-01-02", "perUsd", 23000))
                .andExpect(status().isCreated());
        create(project("inv22-f1", "F1", "KR", "2015-03-01", money(1000000, "USD")));
        Map<String, Object> p2 = project("inv22-f2", "F2", "JP", "2014-05-01", money(2000000, "USD"));
        p2.put(
                "adjustments",
                List.of(
                        Map.of("date", "2015-06-01", "capitalChange", money(500000, "USD")),
                        Map.of("date", "2015-08-01", "capitalChange", money(-200000, "USD"))));
        create(p2);
        Map<String, Object> p3 = project("inv22-f3", "F3", "CN", "2013-01-01", money(3000000, "USD"));
        p3.put("status", "TERMINATED");
        p3.put("endedOn", "2015-04-01");
        create(p3);
        create(project("inv22-f4", "F4", "KR", "2015-02-01", money(new BigDecimal("23000000000"), "VND")));
        create(project("inv22-f5", "F5", "SG", "2015-07-01", money(5000000, "BTN")));

        Figures year = figures(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        assertFigure(year, "fdi.projects.new", "3");
        assertFigure(year, "fdi.projects.adjusted", "1");
        assertFigure(year, "fdi.capital.registered", "2300000");
        assertFigure(year, "fdi.projects.active", "4");
        assertFigure(year, "fdi.capital.total", "4300000");
        assertFigure(year, "fdi.countries", "3");
        assertThat(year.warnings()).anyMatch(w -> w.contains("BTN") && w.contains("2015-07-01"));
        assertThat(year.values().get("fdi.projects.adjusted").link()).contains("adjusted=true");

        Figures half = figures(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 6, 30));
        assertFigure(half, "fdi.capital.registered", "2500000");
        assertFigure(half, "fdi.projects.active", "3");
        assertFigure(half, "fdi.capital.total", "4500000");
        assertThat(half.warnings()).isEmpty();

        Figures quarter = figures(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 31));
        assertFigure(quarter, "fdi.projects.active", "4");
        assertFigure(quarter, "fdi.capital.total", "7000000");
        assertFigure(quarter, "fdi.projects.adjusted", "0");

        Figures nothing = figures(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31));
        assertFigure(nothing, "fdi.projects.new", "0");
        assertFigure(nothing, "fdi.capital.total", "0");

        List<ChartSource.Chart> charts = figureSource.charts(units.reportScope("22", true), 2015);
        ChartSource.Chart chart = charts.get(0);
        assertThat(chart.id()).isEqualTo("fdi.capitalByCountry");
        assertThat(chart.series().get(0).values().get(chart.categories().indexOf("KR")))
                .isEqualByComparingTo("2000000");

        // the list filtered like the figures
        api.get("/api/v1/investments?unit=22&from=2015-01-01&to=2015-12-31&adjusted=true")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].ref").value("inv22-f2"));
        api.get("/api/v1/investments?unit=22&activeOn=2015-12-31&q=f")
                .andExpect(jsonPath("$.items[?(@.ref == 'inv22-f3')]").isEmpty());

        // pages
        var admin = user("admin").roles("ADMIN");
        long id = api.json(api.get("/api/v1/investments?unit=22&q=f2"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        for (String url : new String[] {
            "/investments",
            "/investments?lang=en",
            "/investments/" + id,
            "/investments/" + id + "?lang=en",
            "/investments/new",
            "/investments/" + id + "/edit",
            "/investments?unit=22&adjusted=true&from=2015-01-01&to=2015-12-31"
        }) {
            mvc.perform(get(url).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        mvc.perform(get("/investments/" + id).with(admin))
                .andExpect(content().string(Matchers.containsString("2,3 triệu USD")));
        mvc.perform(get("/investments?format=xlsx&unit=22").with(admin)).andExpect(status().isOk());
        mvc.perform(post("/investments")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "22")
                        .param("name", "Từ biểu mẫu")
                        .param("registeredOn", "2016-01-01")
                        .param("capitalAmount", "100000")
                        .param("capitalCurrency", "USD")
                        .param("status", "ACTIVE")
                        .param("adjustments[0].date", "2016-02-01")
                        .param("adjustments[0].amount", "5000")
                        .param("adjustments[1].date", "")
                        .param("adjustments[1].amount", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/investments")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "22")
                        .param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
    }

    @Test
    void datasetReimportCreatesNothingNew() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "inv22-ds-p", "kind": "ENTERPRISE", "name": "Foxconn", "country": "TW"}],
                 "investments": [
                   {"ref": "inv22-ds-1", "unit": "22", "name": "Dự án nhập", "investor": "inv22-ds-p", "country": "TW",
                    "registeredOn": "2017-04-02", "capital": {"amount": 293000000, "currency": "USD"},
                    "status": "ACTIVE", "endedOn": null,
                    "adjustments": [{"date": "2017-07-01", "capitalChange": {"amount": 10000000, "currency": "USD"}}]}
                 ]}""";
        assertThat(api.importDataset(document).get("created").asInt()).isEqualTo(2);
        JsonNode again = api.importDataset(document);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        JsonNode exported = api.json(api.get("/api/v1/dataset?unit=22"));
        List<String> refs = new ArrayList<>();
        exported.get("investments").forEach(i -> refs.add(i.get("ref").asString()));
        assertThat(refs).contains("inv22-ds-1");
        api.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1", "investments": [
                          {"ref": "inv22-ds-2", "unit": "22", "name": "X", "investor": "no-such-partner",
                           "registeredOn": "2017-04-02", "capital": {"amount": 1, "currency": "USD"}, "status": "ACTIVE"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("investments[0].investor"));
    }

    private Figures figures(LocalDate from, LocalDate to) {
        Figures figures = new Figures();
        figureSource.contribute(new FigureQuery("22", units.reportScope("22", true), Period.of(from, to)), figures);
        return figures;
    }

    private static void assertFigure(Figures figures, String key, String expected) {
        assertThat(figures.values()).containsKey(key);
        assertThat(figures.values().get(key).value()).as(key).isEqualByComparingTo(expected);
    }
}
