package vn.doingoai.consular;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.period.Period;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.Figures;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Units;

/** Consular records end to end: figures, money in VND and other currencies, import, API, pages. Units 31 and 33. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsularTests {

    /** 1 USD = 23 000 VND from 2014; no other rate. */
    @TestConfiguration
    static class Rates {
        @Bean
        @Primary
        CurrencyConverter fakeConverter() {
            return (amount, from, to, date) -> {
                if (from.equals(to)) {
                    return Optional.of(amount);
                }
                if (from.equals("USD") && to.equals("VND") && !date.isBefore(LocalDate.of(2014, 1, 1))) {
                    return Optional.of(amount.multiply(BigDecimal.valueOf(23000)));
                }
                return Optional.empty();
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ConsularFigures consularFigures;

    @Autowired
    Units units;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    private Figures figures(String unit, Period period) {
        Figures figures = new Figures();
        consularFigures.contribute(new FigureQuery(unit, units.reportScope(unit, true), period), figures);
        return figures;
    }

    private static void assertValue(Figures figures, String key, String expected) {
        assertThat(figures.values()).containsKey(key);
        assertThat(figures.values().get(key).value()).as(key).isEqualByComparingTo(expected);
    }

    static final String DOCUMENT =
            """
            {"format": "doingoai-dataset/1",
             "entryApprovals": [
               {"ref": "ct-x1", "unit": "33", "decidedOn": "2014-02-15", "approved": 120, "received": 90, "country": "KR", "purpose": "Chuyên gia nhà máy"},
               {"ref": "ct-x2", "unit": "34", "decidedOn": "2014-06-30", "approved": 7, "received": 5},
               {"ref": "ct-x3", "unit": "33", "decidedOn": "2014-07-01", "approved": 50, "received": 40}
             ],
             "citizenSupport": [
               {"ref": "ct-s1", "unit": "33", "paidOn": "2014-03-10", "persons": 100, "amount": {"amount": 200000000, "currency": "VND"}, "programme": "Hỗ trợ khẩn cấp"},
               {"ref": "ct-s2", "unit": "33", "paidOn": "2014-04-10", "persons": 20, "amount": {"amount": 150.5, "currency": "USD"}},
               {"ref": "ct-s3", "unit": "33", "paidOn": "2014-04-10", "persons": 0, "amount": {"amount": 49.5, "currency": "USD"}},
               {"ref": "ct-s4", "unit": "33", "paidOn": "2014-08-10", "persons": 5, "amount": {"amount": 1000, "currency": "VND"}}
             ],
             "pressVisits": [
               {"ref": "ct-v1", "unit": "33", "startDate": "2014-04-01", "endDate": "2014-04-03", "countries": ["JP", "KR"], "members": 3, "agency": "NHK"},
               {"ref": "ct-v2", "unit": "33", "startDate": "2013-12-30", "endDate": "2014-01-02", "countries": ["CN"], "members": 2}
             ],
             "protectionCases": [
               {"ref": "ct-c1", "unit": "33", "openedOn": "2014-02-11", "country": "KR", "summary": "Lao động gặp nạn", "status": "IN_PROGRESS",
                "steps": [{"date": "2014-02-12", "action": "Liên hệ Đại sứ quán"}, {"date": "2014-02-20", "action": "Đưa về nước"}]},
               {"ref": "ct-c2", "unit": "33", "openedOn": "2014-09-11", "country": "JP", "summary": "Mất hộ chiếu", "status": "CLOSED", "closedOn": "2014-09-30"}
             ]}""";

    @Test
    void figuresCountTheRecordsOfThePeriodAndReimportChangesNothing() throws Exception {
        JsonNode first = api.importDataset(DOCUMENT);
        assertThat(first.get("created").asInt()).isEqualTo(11);
        JsonNode again = api.importDataset(DOCUMENT);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();

        Figures h1 = figures("33", Period.ofCode("2014-H1"));
        assertValue(h1, "consular.entries.approved", "127"); // 34 is merged into 33
        assertValue(h1, "consular.entries.received", "95");
        assertValue(h1, "consular.citizens.supported", "120");
        // 200 000 000 VND + (150.5 + 49.5) USD x 23 000 on 10/4/2014
        assertValue(h1, "consular.citizens.supportAmount", "204600000");
        assertThat(h1.values().get("consular.citizens.supportAmount").unit()).isEqualTo("VND");
        assertValue(h1, "consular.press.visits", "1");
        assertValue(h1, "consular.protection.cases", "1");
        assertThat(h1.warnings()).isEmpty();
        assertThat(h1.values().get("consular.entries.approved").link())
                .isEqualTo("/consular/entry-approvals?unit=33&from=2014-01-01&to=2014-06-30");
        assertThat(h1.values().get("consular.entries.approved").unit()).isEqualTo("PERSONS");
        assertThat(h1.values().get("consular.press.visits").unit()).isEqualTo("VISITS");
        assertThat(h1.values().get("consular.protection.cases").unit()).isEqualTo("CASES");

        Figures excludingMerged = new Figures();
        consularFigures.contribute(
                new FigureQuery("33", units.reportScope("33", false), Period.ofCode("2014-H1")), excludingMerged);
        assertValue(excludingMerged, "consular.entries.approved", "120");

        // nothing recorded: every key, 0
        Figures empty = figures("31", Period.ofCode("2001"));
        for (String key : List.of(
                "consular.entries.approved",
                "consular.entries.received",
                "consular.citizens.supported",
                "consular.citizens.supportAmount",
                "consular.press.visits",
                "consular.protection.cases")) {
            assertValue(empty, key, "0");
        }

        // a change is an update in place
        JsonNode changed = api.importDataset(
                """
                {"format": "doingoai-dataset/1", "entryApprovals": [
                  {"ref": "ct-x1", "unit": "33", "decidedOn": "2014-02-15", "approved": 121, "received": 90, "country": "KR", "purpose": "Chuyên gia nhà máy"}
                ]}""");
        assertThat(changed.get("created").asInt()).isZero();
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        assertValue(figures("33", Period.ofCode("2014-H1")), "consular.entries.approved", "128");

        JsonNode exported = api.json(api.get("/api/v1/dataset?unit=33"));
        JsonNode c1 = null;
        for (JsonNode c : exported.get("protectionCases")) {
            if (c.get("ref").asString().equals("ct-c1")) {
                c1 = c;
            }
        }
        assertThat(c1).isNotNull();
        assertThat(c1.get("steps").size()).isEqualTo(2);
        assertThat(c1.has("id")).isFalse();

        api.get("/api/v1/search?q=lao dong gap nan")
                .andExpect(jsonPath("$[0].link").value(Matchers.startsWith("/consular/protection-cases/")));
        api.get("/api/v1/press-visits?unit=33&country=KR")
                .andExpect(jsonPath("$.total").value(1));
        api.get("/api/v1/protection-cases?unit=33&status=CLOSED")
                .andExpect(jsonPath("$.total").value(1));
        api.get("/api/v1/entry-approvals?unit=33&from=2014-01-01&to=2014-06-30")
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void moneyWithoutARateIsLeftOutWithAWarning() throws Exception {
        api.importDataset(
                """
                {"format": "doingoai-dataset/1", "citizenSupport": [
                  {"ref": "ct-m1", "unit": "31", "paidOn": "2012-05-01", "persons": 3, "amount": {"amount": 5000000, "currency": "VND"}},
                  {"ref": "ct-m2", "unit": "31", "paidOn": "2012-05-02", "persons": 2, "amount": {"amount": 100, "currency": "EUR"}},
                  {"ref": "ct-m3", "unit": "31", "paidOn": "2012-05-03", "persons": 1, "amount": {"amount": 10, "currency": "USD"}},
                  {"ref": "ct-m4", "unit": "31", "paidOn": "2014-05-03", "persons": 1, "amount": {"amount": 10, "currency": "USD"}}
                ]}""");
        Figures figures = figures("31", Period.ofCode("2012"));
        assertValue(figures, "consular.citizens.supported", "6");
        // neither EUR nor USD before 2014 has a rate: only the VND counts, and both are named
        assertValue(figures, "consular.citizens.supportAmount", "5000000");
        assertThat(figures.warnings()).hasSize(2);
        assertThat(figures.warnings().get(0)).contains("EUR").contains("2012-05-02");
        assertThat(figures.warnings().get(1)).contains("USD").contains("2012-05-03");

        Figures converted = figures("31", Period.ofCode("2014-Q2"));
        assertValue(converted, "consular.citizens.supportAmount", "230000");
        assertThat(converted.warnings()).isEmpty();
    }

    @Test
    void everyResourceCreatesReadsReplacesWithVersionAndDeletes() throws Exception {
        Map<String, Map<String, Object>> bodies = Map.of(
                "/api/v1/entry-approvals",
                Map.of("unit", "31", "decidedOn", "2011-05-04", "approved", 12, "received", 10),
                "/api/v1/citizen-support",
                Map.of(
                        "unit",
                        "31",
                        "paidOn",
                        "2011-08-20",
                        "persons",
                        150,
                        "amount",
                        Map.of("amount", "300000000.5", "currency", "VND")),
                "/api/v1/press-visits",
                Map.of("unit", "31", "startDate", "2011-04-01", "countries", List.of("JP"), "members", 3),
                "/api/v1/protection-cases",
                Map.of("unit", "31", "openedOn", "2011-02-11", "country", "KR", "summary", "Vụ việc thử"));
        for (var entry : bodies.entrySet()) {
            String url = entry.getKey();
            JsonNode created = api.json(api.post(url, entry.getValue()).andExpect(status().isCreated()));
            long id = created.get("id").asLong();
            assertThat(created.get("ref").asString()).as(url).isNotBlank();
            Map<String, Object> change = new HashMap<>(entry.getValue());
            change.put("version", created.get("version").asLong());
            change.put("ref", url.substring(8) + "-changed");
            api.put(url + "/" + id, change)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.ref").value(url.substring(8) + "-changed"));
            api.put(url + "/" + id, change).andExpect(status().isConflict());
            api.get(url + "/" + id)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.ref").value(url.substring(8) + "-changed"));
            api.get(url + "?unit=31")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(1)));
            mvc.perform(get(url.replace("/api/v1", "/consular") + "/" + id)
                            .with(user("admin").roles("ADMIN")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
            api.delete(url + "/" + id).andExpect(status().isNoContent());
            api.get(url + "/" + id).andExpect(status().isNotFound());
        }
        JsonNode support = api.json(api.post(
                        "/api/v1/citizen-support",
                        Map.of(
                                "unit",
                                "31",
                                "paidOn",
                                "2011-08-20",
                                "persons",
                                1,
                                "amount",
                                Map.of("amount", "300000000.25", "currency", "VND")))
                .andExpect(status().isCreated()));
        assertThat(support.get("amount").get("amount").decimalValue()).isEqualByComparingTo("300000000.25");

        api.post("/api/v1/entry-approvals", Map.of("unit", "31", "approved", -1, "received", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'decidedOn')]").exists());
        api.post(
                        "/api/v1/citizen-support",
                        Map.of(
                                "unit",
                                "31",
                                "paidOn",
                                "2011-08-20",
                                "persons",
                                1,
                                "amount",
                                Map.of("amount", 1, "currency", "XYZ")))
                .andExpect(status().isBadRequest());
        api.post("/api/v1/protection-cases", Map.of("unit", "31", "openedOn", "2011-02-11", "status", "CLOSED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("closedOn"));
        api.post("/api/v1/press-visits", Map.of("unit", "31", "startDate", "2011-04-05", "endDate", "2011-04-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
    }

    @Test
    void anOfficerWritesOnlyInTheirScopeAndAViewerNowhere() throws Exception {
        api.post(
                        "/api/v1/users",
                        Map.of("username", "cons-officer33", "password", "officer-pw", "role", "OFFICER", "unit", "33"))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/users",
                        Map.of("username", "cons-viewer33", "password", "viewer-pw", "role", "VIEWER", "unit", "33"))
                .andExpect(status().isCreated());
        Api officer = api.as("cons-officer33", "officer-pw");
        Api viewer = api.as("cons-viewer33", "viewer-pw");
        Map<String, Object> in33 = Map.of("unit", "33", "decidedOn", "2010-05-04", "approved", 1, "received", 1);
        Map<String, Object> in31 = Map.of("unit", "31", "decidedOn", "2010-05-04", "approved", 1, "received", 1);
        officer.post("/api/v1/entry-approvals", in33).andExpect(status().isCreated());
        officer.post("/api/v1/entry-approvals", in31).andExpect(status().isForbidden());
        viewer.post("/api/v1/entry-approvals", in33).andExpect(status().isForbidden());
        viewer.get("/api/v1/entry-approvals?unit=31").andExpect(status().isForbidden());
        viewer.get("/api/v1/protection-cases?unit=31").andExpect(status().isForbidden());
        JsonNode other = api.json(api.post("/api/v1/press-visits", Map.of("unit", "31", "startDate", "2010-04-01")));
        viewer.get("/api/v1/press-visits/" + other.get("id").asLong()).andExpect(status().isForbidden());
        officer.delete("/api/v1/press-visits/" + other.get("id").asLong()).andExpect(status().isForbidden());
        officer.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1", "pressVisits": [{"ref": "ct-forbidden", "unit": "31", "startDate": "2010-01-01"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pressVisits[0].unit"));
    }

    @Test
    void pagesRenderInBothLanguagesExportAndSave() throws Exception {
        var admin = user("admin").roles("ADMIN");
        for (String url : new String[] {
            "/consular",
            "/consular/entry-approvals",
            "/consular/entry-approvals?unit=33&from=2014-01-01&to=2014-06-30&sort=approved,desc",
            "/consular/citizen-support",
            "/consular/press-visits?country=JP",
            "/consular/protection-cases?status=OPEN",
            "/consular/entry-approvals/new",
            "/consular/citizen-support/new",
            "/consular/press-visits/new",
            "/consular/protection-cases/new"
        }) {
            mvc.perform(get(url).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
            mvc.perform(get(url + (url.contains("?") ? "&" : "?") + "lang=en").with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        mvc.perform(get("/consular/protection-cases?lang=en").with(admin))
                .andExpect(content().string(Matchers.containsString("Citizen protection")));
        mvc.perform(get("/consular/citizen-support?q=abc")
                        .header("HX-Request", "true")
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<nav class=\"navbar"))));
        for (String path : new String[] {"entry-approvals", "citizen-support", "press-visits", "protection-cases"}) {
            mvc.perform(get("/consular/" + path + "?format=xlsx").with(admin))
                    .andExpect(status().isOk())
                    .andExpect(
                            content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
        mvc.perform(post("/consular/entry-approvals")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "31")
                        .param("approved", "-5")
                        .param("received", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        mvc.perform(post("/consular/entry-approvals")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "31")
                        .param("decidedOn", "2009-03-03")
                        .param("approved", "5")
                        .param("received", "4")
                        .param("country", "KR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/consular/protection-cases")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "31")
                        .param("openedOn", "2009-03-03")
                        .param("status", "OPEN")
                        .param("summary", "Form case")
                        .param("steps[0].date", "2009-03-04")
                        .param("steps[0].action", "Gọi điện")
                        .param("steps[1].date", "")
                        .param("steps[1].action", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/consular/citizen-support")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "31")
                        .param("paidOn", "2009-03-03")
                        .param("persons", "4")
                        .param("amount.amount", "1000000")
                        .param("amount.currency", "VND"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/consular/press-visits")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "31")
                        .param("startDate", "2009-03-03")
                        .param("countries", "JP", "KR")
                        .param("members", "4"))
                .andExpect(status().is3xxRedirection());
        api.get("/api/v1/protection-cases?unit=31&q=form case")
                .andExpect(jsonPath("$.items[0].steps.length()").value(1));
        api.get("/api/v1/press-visits?unit=31&from=2009-01-01&to=2009-12-31")
                .andExpect(jsonPath("$.items[0].countries.length()").value(2));
    }
}
