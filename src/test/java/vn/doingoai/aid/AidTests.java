package vn.doingoai.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.period.Period;
import vn.doingoai.report.ChartSource;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.Figures;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Units;

/** Aid end to end: API, rights, figures, chart, dataset section, IATI export, pages. Unit 25 only. */
@SpringBootTest
@AutoConfigureMockMvc
class AidTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AidFigures figureSource;

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

    private static Map<String, Object> tx(String type, String date, Object amount, String currency) {
        return Map.of("type", type, "date", date, "value", money(amount, currency));
    }

    private static Map<String, Object> item(
            String ref, String donor, String start, String end, List<Map<String, Object>> transactions) {
        Map<String, Object> a = new HashMap<>();
        a.put("ref", ref);
        a.put("unit", "25");
        a.put("donor", donor);
        a.put("kind", "PROJECT");
        a.put("title", "Dự án " + ref);
        a.put("sector", "12220");
        a.put("startDate", start);
        if (end != null) {
            a.put("endDate", end);
        }
        a.put("transactions", transactions);
        return a;
    }

    private void partner(String ref, String name) throws Exception {
        api.post("/api/v1/partners", Map.of("ref", ref, "kind", "FOREIGN_NGO", "name", name, "country", "US"))
                .andExpect(status().isCreated());
    }

    private void rate(String currency, String from, Object perUsd) throws Exception {
        api.post("/api/v1/exchange-rates", Map.of("currency", currency, "from", from, "perUsd", perUsd))
                .andExpect(status().isCreated());
    }

    @Test
    void apiCrudVersionsAndRights() throws Exception {
        partner("aid25-crud-d", "Plan International");
        Map<String, Object> body = item(
                "aid25-crud",
                "aid25-crud-d",
                "2019-01-01",
                "2020-12-31",
                List.of(tx("COMMITMENT", "2019-01-10", 50000, "USD")));
        body.put("approvalNumber", "123/QĐ-UBND");
        JsonNode created = api.json(api.post("/api/v1/aid", body).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("donor").asString()).isEqualTo("aid25-crud-d");
        body.put("title", "Nước sạch cho trường học");
        body.put("version", created.get("version").asLong());
        api.put("/api/v1/aid/" + id, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Nước sạch cho trường học"));
        api.put("/api/v1/aid/" + id, body).andExpect(status().isConflict());
        api.get("/api/v1/aid?unit=25&q=nuoc sach").andExpect(jsonPath("$.total").value(1));

        Map<String, Object> bad = item("aid25-bad", null, "2019-01-01", "2018-01-01", List.of());
        bad.put("sector", "99999");
        api.post("/api/v1/aid", bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'sector')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'endDate')]").exists());

        api.post(
                        "/api/v1/users",
                        Map.of("username", "viewer25a", "password", "viewer-pw", "role", "VIEWER", "unit", "25"))
                .andExpect(status().isCreated());
        Api viewer = api.as("viewer25a", "viewer-pw");
        viewer.get("/api/v1/aid/" + id).andExpect(status().isOk());
        viewer.post("/api/v1/aid", item("aid25-v", null, "2019-01-01", null, List.of()))
                .andExpect(status().isForbidden());
        viewer.delete("/api/v1/aid/" + id).andExpect(status().isForbidden());
        viewer.get("/api/v1/aid?unit=22").andExpect(status().isForbidden());

        api.delete("/api/v1/aid/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/aid/" + id).andExpect(status().isNotFound());
    }

    @Test
    void figuresConvertEachTransactionAtItsOwnDate() throws Exception {
        rate("VND", "2016-01-02", 22000);
        rate("VND", "2016-07-01", 22500);
        partner("aid25-f-d1", "Donor one");
        partner("aid25-f-d2", "Donor two");
        api.post(
                        "/api/v1/aid",
                        item(
                                "aid25-f1",
                                "aid25-f-d1",
                                "2016-01-01",
                                "2017-12-31",
                                List.of(
                                        tx("COMMITMENT", "2016-02-01", 100000, "USD"),
                                        tx("DISBURSEMENT", "2016-03-01", 2200000000L, "VND"),
                                        tx("DISBURSEMENT", "2016-08-01", 2250000000L, "VND"))))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/aid",
                        item(
                                "aid25-f2",
                                "aid25-f-d2",
                                "2015-01-01",
                                "2015-12-31",
                                List.of(
                                        tx("COMMITMENT", "2015-05-01", 50000, "USD"),
                                        tx("DISBURSEMENT", "2016-04-01", 10000, "USD"))))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/aid",
                        item(
                                "aid25-f3",
                                "aid25-f-d1",
                                "2016-05-01",
                                null,
                                List.of(
                                        tx("COMMITMENT", "2016-06-01", 1000, "BTN"),
                                        tx("DISBURSEMENT", "2016-06-15", 500, "USD"))))
                .andExpect(status().isCreated());

        Figures year = figures(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31));
        assertFigure(year, "aid.items.active", "2");
        assertFigure(year, "aid.items.new", "2");
        assertFigure(year, "aid.donors.active", "1");
        assertFigure(year, "aid.committed", "100000");
        assertFigure(year, "aid.disbursed", "210500");
        assertThat(year.warnings()).anyMatch(w -> w.contains("BTN") && w.contains("2016-06-01"));

        Figures half = figures(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30));
        assertFigure(half, "aid.disbursed", "110500");
        Figures before = figures(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        assertFigure(before, "aid.items.new", "1");
        assertFigure(before, "aid.committed", "50000");
        assertThat(before.warnings()).isEmpty();
        Figures nothing = figures(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31));
        assertFigure(nothing, "aid.items.active", "0");
        assertFigure(nothing, "aid.disbursed", "0");

        ChartSource.Chart chart =
                figureSource.charts(units.reportScope("25", true), 2016).get(0);
        assertThat(chart.id()).isEqualTo("aid.committedDisbursed");
        assertThat(chart.series().get(0).values().get(1)).isEqualByComparingTo("100000");
        assertThat(chart.series().get(1).values().get(7)).isEqualByComparingTo("100000");
    }

    @Test
    void anItemIsNewOnlyInThePeriodOfItsFirstCommitment() throws Exception {
        partner("aid25-n-d", "Donor of a two-year item");
        api.post(
                        "/api/v1/aid",
                        item(
                                "aid25-n1",
                                "aid25-n-d",
                                "2012-01-01",
                                "2013-12-31",
                                List.of(
                                        tx("COMMITMENT", "2012-03-01", 1000, "USD"),
                                        tx("COMMITMENT", "2013-04-01", 2000, "USD"))))
                .andExpect(status().isCreated());

        assertFigure(figures(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31)), "aid.items.new", "1");
        Figures later = figures(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31));
        assertFigure(later, "aid.items.new", "0");
        assertFigure(later, "aid.committed", "2000");
        // the figure's link lists the same items
        api.get("/api/v1/aid?unit=25&from=2012-01-01&to=2012-12-31&firstCommitment=true")
                .andExpect(jsonPath("$.total").value(1));
        api.get("/api/v1/aid?unit=25&from=2013-01-01&to=2013-12-31&firstCommitment=true")
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anNgoProjectShowsItsTotalsInUsdAndVnd() throws Exception {
        rate("EUR", "2018-01-02", "0.9");
        rate("VND", "2018-01-02", 22000);
        rate("VND", "2018-07-01", 22500);
        var admin = user("admin").roles("ADMIN");
        mvc.perform(post("/partners")
                        .with(admin)
                        .with(csrf())
                        .param("ref", "aid25-j-ngo")
                        .param("kind", "FOREIGN_NGO")
                        .param("name", "Care International")
                        .param("country", "DE"))
                .andExpect(status().is3xxRedirection());
        String location = mvc.perform(post("/aid")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "25")
                        .param("donor", "aid25-j-ngo")
                        .param("kind", "PROJECT")
                        .param("title", "Sinh kế cho phụ nữ dân tộc thiểu số")
                        .param("sector", "31120")
                        .param("startDate", "2018-01-15")
                        .param("endDate", "2019-12-31")
                        .param("transactions[0].type", "COMMITMENT")
                        .param("transactions[0].date", "2018-02-10")
                        .param("transactions[0].amount", "100000")
                        .param("transactions[0].currency", "EUR")
                        .param("transactions[1].type", "DISBURSEMENT")
                        .param("transactions[1].date", "2018-03-05")
                        .param("transactions[1].amount", "1100000000")
                        .param("transactions[1].currency", "VND")
                        .param("transactions[2].type", "DISBURSEMENT")
                        .param("transactions[2].date", "2018-09-05")
                        .param("transactions[2].amount", "1125000000")
                        .param("transactions[2].currency", "VND")
                        .param("transactions[3].date", "")
                        .param("transactions[3].amount", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/aid/");
        mvc.perform(get(location).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("111.111,11 USD")))
                .andExpect(content().string(Matchers.containsString("2 tỷ 444 triệu 444.444 đồng")))
                .andExpect(content().string(Matchers.containsString("100.000 USD")))
                .andExpect(content().string(Matchers.containsString("2 tỷ 225 triệu đồng")))
                .andExpect(content().string(Matchers.containsString("31120 · Agricultural development")))
                .andExpect(content().string(Matchers.containsString("Care International")));
        for (String url : new String[] {
            "/aid",
            "/aid?lang=en",
            location,
            location + "?lang=en",
            "/aid/new",
            location + "/edit",
            "/aid?unit=25&from=2018-01-01&to=2018-12-31"
        }) {
            mvc.perform(get(url).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        mvc.perform(get("/aid?format=xlsx&unit=25").with(admin)).andExpect(status().isOk());
        mvc.perform(post("/aid").with(admin).with(csrf()).param("unit", "25").param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
    }

    @Test
    void datasetReimportCreatesNothingNew() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "aid25-ds-p", "kind": "INTERNATIONAL_ORGANIZATION", "name": "UNICEF", "country": "US"}],
                 "aid": [
                   {"ref": "aid25-ds-1", "unit": "25", "donor": "aid25-ds-p", "kind": "PROJECT", "title": "Dinh dưỡng",
                    "sector": "12240", "startDate": "2017-02-01", "endDate": "2018-12-31",
                    "transactions": [{"type": "COMMITMENT", "date": "2017-02-01", "value": {"amount": 120000, "currency": "USD"}},
                                     {"type": "DISBURSEMENT", "date": "2017-05-10", "value": {"amount": 2300000000, "currency": "VND"}}]}
                 ]}""";
        assertThat(api.importDataset(document).get("created").asInt()).isEqualTo(2);
        JsonNode again = api.importDataset(document);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        api.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1", "aid": [
                          {"ref": "aid25-ds-2", "unit": "25", "kind": "PROJECT", "title": "X", "sector": "1",
                           "startDate": "2017-02-01"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("aid[0].sector"));
    }

    @Test
    void iatiExportIsValidAgainstTheSchema() throws Exception {
        partner("aid25-iati-d", "Oxfam & Partners <NL>");
        Map<String, Object> body = item(
                "aid25-iati",
                "aid25-iati-d",
                "2020-01-01",
                "2030-12-31",
                List.of(
                        tx("COMMITMENT", "2020-01-10", 500000, "USD"),
                        tx("DISBURSEMENT", "2020-06-30", 120000.5, "USD"),
                        tx("DISBURSEMENT", "2020-07-30", 1000000000, "VND")));
        body.put("description", "Nước sạch & vệ sinh");
        api.post("/api/v1/aid", body).andExpect(status().isCreated());
        api.post("/api/v1/aid", item("aid25-iati-2", null, "2010-01-01", null, List.of()))
                .andExpect(status().isCreated());

        byte[] xml = api.get("/api/v1/aid.iati.xml?unit=25")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text)
                .contains("<transaction-type code=\"2\"")
                .contains("<transaction-type code=\"3\"")
                .contains("value-date=\"2020-06-30\"")
                .contains("<sector vocabulary=\"1\" code=\"12220\"")
                .contains("VN-DOINGOAI-25-aid25-iati");
        Schema schema = schema();
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));

        // the validator does reject an invalid document
        String invalid = text.replaceFirst("<iati-identifier>[^<]*</iati-identifier>", "");
        assertThatThrownBy(() -> schema.newValidator()
                        .validate(new StreamSource(new ByteArrayInputStream(invalid.getBytes("UTF-8")))))
                .isInstanceOf(SAXException.class);
    }

    private Schema schema() throws Exception {
        File xsd = new File(
                getClass().getResource("/iati/iati-activities-schema.xsd").toURI());
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    }

    private Figures figures(LocalDate from, LocalDate to) {
        Figures figures = new Figures();
        figureSource.contribute(new FigureQuery("25", units.reportScope("25", true), Period.of(from, to)), figures);
        return figures;
    }

    private static void assertFigure(Figures figures, String key, String expected) {
        assertThat(figures.values()).containsKey(key);
        assertThat(figures.values().get(key).value()).as(key).isEqualByComparingTo(expected);
    }
}
