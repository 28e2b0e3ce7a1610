package vn.doingoai.overseas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.doingoai.dataset.DatasetService;
import vn.doingoai.support.Api;
import vn.doingoai.support.ReportText;
import vn.doingoai.unit.Units;

/**
 * The Bắc Giang scenario (unit 24, 1/1–31/8/2023): one homeland event, overseas donations of 15,000
 * USD (13 million KRW and 650,000 JPY at the year's rates) and a warning naming CHF, which has no
 * rate. The document is imported with the sections this installation knows (as the demo data is);
 * while the dataset's {@code units} section is not here, the items of the agencies it would add are
 * left out too. In a context of its own, thrown away afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class BacGiangOverseasScenarioTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    DatasetService datasets;

    @Autowired
    Units units;

    /** The scenario with only what this installation can import. */
    private String knownPart() throws Exception {
        JsonNode scenario = json.readTree(Api.scenario("bac-giang-2023-8m.dataset.json"));
        boolean unitsKnown = datasets.sectionNames().contains("units");
        ObjectNode document = json.createObjectNode();
        for (String section : scenario.propertyNames()) {
            if (!section.equals("format") && !datasets.sectionNames().contains(section)) {
                continue;
            }
            JsonNode items = scenario.get(section);
            if (!unitsKnown && items.isArray()) {
                ArrayNode kept = json.createArrayNode();
                items.forEach(item -> {
                    JsonNode unit = item.get("unit");
                    if (unit == null || unit.isNull() || units.exists(unit.asString())) {
                        kept.add(item);
                    }
                });
                items = kept;
            }
            document.set(section, items);
        }
        return json.writeValueAsString(document);
    }

    @Test
    void homelandEventsAndDonationsInUsdWithTheMissingRateNamed() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(knownPart());
        // a rate for VND, in this context only, for the VND equivalents
        api.post("/api/v1/exchange-rates", java.util.Map.of("currency", "VND", "from", "2023-01-01", "perUsd", 24000))
                .andExpect(status().isCreated());
        JsonNode summary = api.json(api.get("/api/v1/reports/summary?unit=24&from=2023-01-01&to=2023-08-31"));
        JsonNode figures = summary.get("figures");
        assertThat(figures.get("events.homeland").get("value").decimalValue()).isEqualByComparingTo("1");
        assertThat(figures.get("overseas.donations").get("value").decimalValue())
                .isEqualByComparingTo("15000");
        assertThat(figures.get("overseas.donations").get("unit").asString()).isEqualTo("USD");
        assertThat(summary.get("warnings").toString()).contains("CHF").contains("overseas.donations");

        // the association's page: its donation in KRW, in USD (10,000) and in VND where a rate exists
        long association = api.json(api.get("/api/v1/partners?q=Hội đồng hương Bắc Giang tại Hàn Quốc"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/overseas/associations/" + association)
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page)
                .contains("13 triệu KRW")
                .contains("10.000 USD")
                .contains("240 triệu đồng")
                .contains("Xuân quê hương Bắc Giang 2023")
                .contains("Học bổng cho học sinh nghèo");
        // the Japanese association gave in CHF: its total says the CHF amount is left out
        long japanese = api.json(api.get("/api/v1/partners?q=Hội người Bắc Giang tại Nhật Bản"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        String jp = HtmlUtils.htmlUnescape(mvc.perform(get("/overseas/associations/" + japanese)
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(jp).contains("Chưa tính các khoản bằng CHF").contains("Chưa có tỷ giá ngày tiếp nhận");
        // the drill-down reconciles with the figure
        String drill = mvc.perform(get("/reports/figure?key=overseas.donations&unit=24&from=2023-01-01&to=2023-08-31")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(drill).contains("data-total-value=\"15000");

        // the report's fifth area: the homeland event by name, the donations in USD and VND, CHF named
        String report = ReportText.of(api, "24", "2023-01-01", "2023-08-31");
        assertThat(report)
                .contains("CÔNG TÁC NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI")
                .contains(
                        "Trong 8 tháng năm 2023, tỉnh đã tổ chức, tham gia 01 chương trình, sự kiện hướng về quê"
                                + " hương dành cho người Việt Nam ở nước ngoài (“Xuân quê hương Bắc Giang 2023”), bằng cùng kỳ.")
                .contains("Người Việt Nam ở nước ngoài đã ủng hộ tỉnh 15.000 USD (tương đương 360 triệu đồng); chưa"
                        + " kể 2.000 CHF chưa có tỷ giá quy đổi.");
        assertThat(ReportText.of(api, "24", "2023-01-01", "2023-08-31", "en"))
                .contains("OVERSEAS VIETNAMESE")
                .contains("In the first 8 months of 2023, the province held or joined 1 homeland event for Vietnamese"
                        + " people abroad (“Xuân quê hương Bắc Giang 2023”), the same as a year before.")
                .contains("Vietnamese people abroad donated 15,000 USD to the province (about 360 million VND); not"
                        + " counting 2,000 CHF, which has no exchange rate yet.");
        // on the report page their figures stand under the fifth area, not among the other figures
        String reportPage = mvc.perform(get("/reports?unit=24&kind=range&from=01/01/2023&to=31/08/2023")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String overseas = reportPage.substring(reportPage.indexOf("id=\"section-overseas\""));
        assertThat(overseas.substring(0, overseas.indexOf("</table>")))
                .contains("data-key=\"events.homeland\"")
                .contains("data-key=\"overseas.donations\"");
        String others = reportPage.contains("id=\"section-others\"")
                ? reportPage.substring(reportPage.indexOf("id=\"section-others\""))
                : "";
        assertThat(others)
                .doesNotContain("data-key=\"events.homeland\"")
                .doesNotContain("data-key=\"overseas.")
                .doesNotContain("data-key=\"ngos.")
                .doesNotContain("data-key=\"letters.")
                .doesNotContain("data-key=\"border.");
    }
}
