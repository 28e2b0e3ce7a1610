package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Data entry an officer can trust (issue 10), through the pages and the API alike: numbers typed
 * the Vietnamese way are saved as meant, over-long or unreadable input is a problem beside its field
 * (a 400 with the field's path on the API) with what was typed kept, a save over someone else's
 * change keeps what was typed, pages with every optional field filled open. Units 45 and 46 only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DataEntryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    private MvcResult page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("admin").roles("ADMIN")).with(csrf()))
                .andReturn();
    }

    private static MockHttpServletRequestBuilder investmentForm(String name, String capital, String workers) {
        return investmentForm(name, capital, workers, "2026-03-02", "2026-06-01");
    }

    private static MockHttpServletRequestBuilder investmentForm(
            String name, String capital, String workers, String registeredOn, String changedOn) {
        return post("/investments")
                .param("name", name)
                .param("unit", "45")
                .param("country", "kr")
                .param("registeredOn", registeredOn)
                .param("capitalAmount", capital)
                .param("capitalCurrency", "USD")
                .param("status", "ACTIVE")
                .param("industrialZone", "KCN Yên Phong")
                .param("workers", workers)
                .param("notes", "Ghi chú")
                .param("adjustments[0].date", "")
                .param("adjustments[0].amount", "")
                .param("adjustments[1].date", changedOn)
                .param("adjustments[1].amount", "12,5")
                .param("adjustments[1].currency", "USD");
    }

    private JsonNode investmentNamed(String name) throws Exception {
        JsonNode list = api.json(api.get("/api/v1/investments?unit=45&size=100"));
        for (JsonNode item : list.get("items")) {
            if (item.get("name").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("No investment " + name + " in " + list);
    }

    @Test
    void aProjectWithItsWorkersOpensAfterItIsSaved(CapturedOutput output) throws Exception {
        MvcResult saved = page(investmentForm("Dự án có lao động", "1.234,5", "1.250"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        String detail = saved.getResponse().getRedirectedUrl();
        for (String lang : new String[] {"vi", "en"}) {
            MvcResult shown = page(get(detail + "?lang=" + lang));
            assertThat(shown.getResponse().getStatus()).as(lang).isEqualTo(200);
            // the page writes numbers in its language; a form always takes (and shows) the Vietnamese form
            assertThat(shown.getResponse().getContentAsString()).contains(lang.equals("vi") ? "1.250" : "1,250");
            MvcResult edit = page(get(detail + "/edit?lang=" + lang));
            assertThat(edit.getResponse().getStatus()).isEqualTo(200);
            assertThat(edit.getResponse().getContentAsString())
                    .contains("value=\"1.234,5\"")
                    .contains("value=\"1.250\"");
        }
        JsonNode investment = investmentNamed("Dự án có lao động");
        assertThat(investment.get("capital").get("amount").decimalValue()).isEqualByComparingTo("1234.5");
        assertThat(investment.get("workers").asInt()).isEqualTo(1250);
        assertThat(investment.get("country").asString()).isEqualTo("KR");
        assertThat(investment.get("adjustments")).hasSize(1);
        assertThat(investment
                        .get("adjustments")
                        .get(0)
                        .get("capitalChange")
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("12.5");
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void amountsAreSavedAsTypedTheVietnameseWayOrRefusedBesideTheField() throws Exception {
        Map<String, String> typed = Map.of("12.500.000", "12500000", "7,2", "7.2", "1234.5", "1234.5");
        for (Map.Entry<String, String> t : typed.entrySet()) {
            assertThat(page(investmentForm("Vốn " + t.getKey(), t.getKey(), ""))
                            .getResponse()
                            .getStatus())
                    .isEqualTo(302);
            assertThat(investmentNamed("Vốn " + t.getKey())
                            .get("capital")
                            .get("amount")
                            .decimalValue())
                    .isEqualByComparingTo(t.getValue());
        }
        MvcResult refused = page(investmentForm("Vốn lẫn kiểu", "1,234.5", "12,5"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        String html = refused.getResponse().getContentAsString();
        assertThat(html)
                .contains("value=\"1,234.5\"")
                .contains("value=\"12,5\"")
                .contains("Số viết lẫn hai kiểu")
                .contains("Phải là số nguyên")
                .contains("value=\"Vốn lẫn kiểu\"");
        JsonNode all = api.json(api.get("/api/v1/investments?unit=45&q=lan kieu"));
        assertThat(all.get("total").asInt()).isZero();
    }

    @Test
    void datesAreTypedDayMonthYearAndShownSo(CapturedOutput output) throws Exception {
        MvcResult saved = page(investmentForm("Dự án ngày kiểu Việt", "1.000", "", "2/3/2026", "01/06/2026"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        JsonNode investment = investmentNamed("Dự án ngày kiểu Việt");
        assertThat(investment.get("registeredOn").asString()).isEqualTo("2026-03-02");
        assertThat(investment.get("adjustments").get(0).get("date").asString()).isEqualTo("2026-06-01");
        String edit = page(get(saved.getResponse().getRedirectedUrl() + "/edit"))
                .getResponse()
                .getContentAsString();
        assertThat(edit).contains("value=\"02/03/2026\"").contains("placeholder=\"dd/mm/yyyy\"");

        MvcResult refused = page(investmentForm("Dự án ngày không có", "1.000", "", "31/2/2026", "01/06/2026"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString())
                .contains("value=\"31/2/2026\"")
                .contains("Không đọc được ngày");

        // a list's filter takes the same form
        String list = page(get("/investments?unit=45&from=01/03/2026&to=31/03/2026"))
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Dự án ngày kiểu Việt").contains("value=\"01/03/2026\"");
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void anOverLongTitleIsAMessageBesideTheFieldWithTheTextKept(CapturedOutput output) throws Exception {
        String title = "Hội nghị ".repeat(1200);
        MvcResult form = page(post("/events")
                .param("unit", "45")
                .param("title", title)
                .param("type", "CONFERENCE")
                .param("format", "IN_PERSON")
                .param("role", "HOSTED")
                .param("startDate", "2026-05-04"));
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(form.getResponse().getContentAsString())
                .contains(title)
                .contains("Tối đa 1000 ký tự")
                .contains("maxlength=\"1000\"");

        api.post(
                        "/api/v1/events",
                        Map.of(
                                "unit", "45",
                                "title", title,
                                "type", "CONFERENCE",
                                "format", "IN_PERSON",
                                "role", "HOSTED",
                                "startDate", "2026-05-04"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void everyTextInputOfTheFormsHasTheLengthOfItsColumn() throws Exception {
        String[][] forms = {
            {"/partners/new", "name", "500"},
            {"/agreements/new", "title", "1000"},
            {"/delegations/new", "title", "500"},
            {"/delegations/new", "members[0].name", "300"},
            {"/events/new", "location", "500"},
            {"/investments/new", "industrialZone", "500"},
            {"/aid/new", "description", "4000"},
            {"/consular/protection-cases/new", "summary", "4000"},
            {"/consular/entry-approvals/new", "purpose", "1000"},
        };
        for (String[] f : forms) {
            String html = page(get(f[0])).getResponse().getContentAsString();
            assertThat(html)
                    .as(f[0] + " " + f[1])
                    .containsPattern("name=\"" + f[1].replace("[", "\\[").replace("]", "\\]") + "\"[^>]*maxlength=\""
                            + f[2] + "\"|maxlength=\"" + f[2] + "\"[^>]*name=\""
                            + f[1].replace("[", "\\[").replace("]", "\\]") + "\"");
        }
    }

    @Test
    void badValuesAre400WithTheirPathOnTheApiThePagesAndTheDataset(CapturedOutput output) throws Exception {
        Map<String, Object> capital = Map.of("amount", 1e30, "currency", "USD");
        String project = "{\"unit\":\"45\",\"name\":\"P\",\"registeredOn\":\"2026-01-02\",\"status\":\"ACTIVE\","
                + "\"capital\":{\"amount\":%s,\"currency\":\"USD\"}}";
        api.post("/api/v1/investments", project.formatted("1e30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("capital.amount"));
        api.post("/api/v1/investments", project.formatted("1e400"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("capital.amount"));
        api.post("/api/v1/investments", project.formatted("1.00001"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("capital.amount"));
        api.post(
                        "/api/v1/events",
                        "{\"unit\":\"45\",\"title\":\"T\",\"type\":\"CONFERENCE\",\"format\":\"ONLINE\",\"role\":\"HOSTED\","
                                + "\"startDate\":123}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"));
        api.post(
                        "/api/v1/events",
                        "{\"unit\":\"45\",\"title\":\"A\\u0000B\",\"type\":\"CONFERENCE\",\"format\":\"ONLINE\","
                                + "\"role\":\"HOSTED\",\"startDate\":\"2026-01-02\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        api.post(
                        "/api/v1/events",
                        "{\"unit\":\"45\",\"title\":\"T\",\"type\":\"CONFERENCE\",\"format\":\"ONLINE\","
                                + "\"role\":\"HOSTED\",\"startDate\":\"2026-01-02\",\"participants\":-3}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participants"));
        api.post("/api/v1/partners", Map.of("kind", "EMBASSY", "name", "Đại sứ quán", "country", "vn", "ref", "in-vn"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.country").value("VN"));

        String dataset = "{\"format\":\"doingoai-dataset/1\",\"investments\":[{\"ref\":\"in-big\",\"unit\":\"45\","
                + "\"name\":\"P\",\"registeredOn\":\"2026-01-02\",\"status\":\"ACTIVE\","
                + "\"capital\":{\"amount\":1e30,\"currency\":\"USD\"}}],"
                + "\"events\":[{\"ref\":\"in-nul\",\"unit\":\"45\",\"title\":\"A\\u0000B\",\"type\":\"CONFERENCE\","
                + "\"format\":\"ONLINE\",\"role\":\"HOSTED\",\"startDate\":\"2026-01-02\"},"
                + "{\"ref\":\"in-date\",\"unit\":\"45\",\"title\":\"T\",\"type\":\"CONFERENCE\","
                + "\"format\":\"ONLINE\",\"role\":\"HOSTED\",\"startDate\":123}]}";
        for (String url : new String[] {"/api/v1/dataset?dryRun=true", "/api/v1/dataset"}) {
            JsonNode problems = api.json(api.post(url, dataset).andExpect(status().isBadRequest()));
            assertThat(problems.get("errors").findValuesAsString("field"))
                    .contains("investments[0].capital.amount", "events[0].title", "events[1].startDate");
        }

        MvcResult nul = page(post("/events")
                .param("unit", "45")
                .param("title", "Hội\u0000nghị")
                .param("type", "CONFERENCE")
                .param("format", "IN_PERSON")
                .param("role", "HOSTED")
                .param("startDate", "2026-05-04")
                .param("participants", "-5"));
        assertThat(nul.getResponse().getStatus()).isEqualTo(200);
        assertThat(nul.getResponse().getContentAsString())
                .contains("Có ký tự điều khiển")
                .contains("Phải là số không âm");
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void aSaveOverSomeoneElsesChangeKeepsWhatWasTypedAndShowsTheCurrentValues() throws Exception {
        JsonNode created = api.json(api.post(
                        "/api/v1/events",
                        Map.of(
                                "unit", "46",
                                "title", "Tọa đàm ban đầu",
                                "type", "SEMINAR",
                                "format", "IN_PERSON",
                                "role", "HOSTED",
                                "startDate", "2026-04-01"))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        JsonNode theirs = api.json(api.put(
                        "/api/v1/events/" + id,
                        Map.of(
                                "unit", "46",
                                "title", "Tọa đàm do người khác sửa",
                                "type", "SEMINAR",
                                "format", "IN_PERSON",
                                "role", "HOSTED",
                                "startDate", "2026-04-01",
                                "version", created.get("version").asLong()))
                .andExpect(status().isOk()));

        MockHttpServletRequestBuilder mine = post("/events")
                .param("id", String.valueOf(id))
                .param("version", created.get("version").asString())
                .param("unit", "46")
                .param("title", "Tọa đàm tôi vừa sửa")
                .param("type", "SEMINAR")
                .param("format", "IN_PERSON")
                .param("role", "HOSTED")
                .param("startDate", "2026-04-01");
        MvcResult stale = page(mine);
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        String html = stale.getResponse().getContentAsString();
        assertThat(html)
                .contains("id=\"stale-notice\"")
                .contains("value=\"Tọa đàm tôi vừa sửa\"")
                .contains("Giá trị hiện tại: Tọa đàm do người khác sửa")
                .contains("name=\"version\" value=\"" + theirs.get("version").asLong() + "\"");

        MockHttpServletRequestBuilder again = post("/events")
                .param("id", String.valueOf(id))
                .param("version", theirs.get("version").asString())
                .param("unit", "46")
                .param("title", "Tọa đàm tôi vừa sửa")
                .param("type", "SEMINAR")
                .param("format", "IN_PERSON")
                .param("role", "HOSTED")
                .param("startDate", "2026-04-01");
        assertThat(page(again).getResponse().getStatus()).isEqualTo(302);
        assertThat(api.json(api.get("/api/v1/events/" + id)).get("title").asString())
                .isEqualTo("Tọa đàm tôi vừa sửa");
    }

    @Test
    void theUnitFilterTakesANameAndSaysWhenItKnowsNone() throws Exception {
        MvcResult byName = page(get("/investments?unit=bac giang"));
        assertThat(byName.getResponse().getStatus()).isEqualTo(200);
        MvcResult unknown = page(get("/investments?unit=Nowhere"));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(unknown.getResponse().getContentAsString()).contains("Đơn vị không tồn tại");
        MvcResult htmx = page(get("/investments?unit=Nowhere").header("HX-Request", "true"));
        assertThat(htmx.getResponse().getStatus()).isEqualTo(400);
        assertThat(htmx.getResponse().getContentAsString())
                .contains("id=\"problem\"")
                .contains("Đơn vị không tồn tại")
                .doesNotContain("<nav");
        api.get("/api/v1/investments?unit=Nowhere")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
    }

    @Test
    void aListFiltersUnreadableValueIsAProblemInWordsAtItsName() throws Exception {
        api.get("/api/v1/partners?kind=NOT_A_KIND")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("Giá trị không đọc được."));
        api.get("/api/v1/friendship-pairs?activeOn=not-a-date&lang=en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("activeOn"))
                .andExpect(jsonPath("$.errors[0].message").value("This value could not be read."));
        // the page and its size too: Spring alone would take an unreadable one for the default
        api.get("/api/v1/partners?page=two")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        api.get("/api/v1/tasks?size=0")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        api.get("/api/v1/partners?page=0&size=600")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(500));
    }

    @Test
    void pickersNameMergedUnitsApartAndFoldTheirNames() throws Exception {
        String html = page(get("/investments/new")).getResponse().getContentAsString();
        assertThat(html)
                .contains("24 · Tỉnh Bắc Ninh</option>")
                .contains("27 · Tỉnh Bắc Ninh (đến 30/06/2025)</option>")
                .contains("data-search=\"24 tinh bac ninh tinh bac giang\"")
                .contains("data-picker");
        assertThat(page(get("/investments/new?lang=en")).getResponse().getContentAsString())
                .contains("27 · Tỉnh Bắc Ninh (until 30/06/2025)</option>");
    }

    @Test
    void searchTakesUnderscoreAndPercentLiterally() throws Exception {
        api.post("/api/v1/partners", Map.of("kind", "OTHER", "name", "Quỹ in_quy_a", "ref", "in-us-1"))
                .andExpect(status().isCreated());
        api.post("/api/v1/partners", Map.of("kind", "OTHER", "name", "Quỹ inXquyXb", "ref", "in-us-2"))
                .andExpect(status().isCreated());
        JsonNode hits = api.json(api.get("/api/v1/search?q=in_quy"));
        assertThat(hits.findValuesAsString("title")).contains("Quỹ in_quy_a").doesNotContain("Quỹ inXquyXb");
        assertThat(api.json(api.get("/api/v1/search?q=%25%25quy")).findValuesAsString("title"))
                .doesNotContain("Quỹ in_quy_a", "Quỹ inXquyXb");
    }
}
