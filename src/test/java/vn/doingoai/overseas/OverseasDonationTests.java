package vn.doingoai.overseas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import vn.doingoai.support.ListPages;
import vn.doingoai.support.ReportText;

/**
 * Overseas donations of unit 86 (Vĩnh Long): a donation without an amount or without a donor is
 * refused at its path on the API, in the dataset and on the form (what was typed kept); a person's
 * donation has no partner; the figure sums USD and leaves out what has no rate, with a warning.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OverseasDonationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void aDonationWithoutAnAmountOrADonorIsRefusedAtItsPath() throws Exception {
        Api api = new Api(mvc, json);
        api.post(
                        "/api/v1/overseas-donations",
                        Map.of(
                                "unit",
                                "86",
                                "donorName",
                                "Bà Lê Thị B",
                                "receivedOn",
                                "2022-02-01",
                                "value",
                                Map.of("currency", "EUR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value.amount"));
        api.post(
                        "/api/v1/overseas-donations",
                        Map.of("unit", "86", "donorName", "Bà Lê Thị B", "receivedOn", "2022-02-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"));
        api.post(
                        "/api/v1/overseas-donations",
                        Map.of(
                                "unit",
                                "86",
                                "receivedOn",
                                "2022-02-01",
                                "value",
                                Map.of("amount", 100, "currency", "EUR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("donorName"));
        api.post(
                        "/api/v1/overseas-donations",
                        Map.of(
                                "unit",
                                "86",
                                "donorName",
                                "Ông C",
                                "receivedOn",
                                "2022-02-01",
                                "value",
                                Map.of("amount", 0, "currency", "EUR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value.amount"));
        api.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1",
                         "overseasDonations": [
                           {"ref": "od86-1", "unit": "86", "donorName": "Ông D", "receivedOn": "2022-03-01",
                            "value": {"amount": 100, "currency": "USD"}},
                           {"ref": "od86-2", "unit": "86", "donorName": "Ông E", "receivedOn": "2022-03-01",
                            "value": {"currency": "USD"}},
                           {"ref": "od86-3", "unit": "86", "donorName": "Ông F", "receivedOn": "2022-03-01"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder(
                                Matchers.startsWith("overseasDonations[1].value"),
                                Matchers.is("overseasDonations[2].value"))));
        api.get("/api/v1/overseas-donations?unit=86&q=Ông D")
                .andExpect(jsonPath("$.total").value(0));

        String form = HtmlUtils.htmlUnescape(mvc.perform(post("/overseas-donations")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("unit", "86")
                        .param("donorName", "Bà Lê Thị Kept")
                        .param("receivedOn", "2022-02-01")
                        .param("currency", "EUR"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form).contains("Cần ghi số tiền ủng hộ").contains("Bà Lê Thị Kept");
    }

    @Test
    void aPersonsDonationCountsInUsdAndOneWithoutARateIsAWarning() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "od86-assoc", "kind": "OVERSEAS_VIETNAMESE_ASSOCIATION",
                               "name": "Hội người Vĩnh Long tại Pháp Od86", "country": "FR"}],
                 "overseasDonations": [
                   {"ref": "od86-p1", "unit": "86", "donorName": "Ông Nguyễn Văn Od86", "receivedOn": "2022-05-01",
                    "purpose": "Xây cầu", "value": {"amount": 2500, "currency": "USD"}},
                   {"ref": "od86-p2", "unit": "86", "donor": "od86-assoc", "receivedOn": "2022-06-01",
                    "purpose": "Học bổng", "value": {"amount": 1000, "currency": "XAF"}},
                   {"ref": "od86-p3", "unit": "86", "donor": "od86-assoc", "receivedOn": "2021-06-01",
                    "value": {"amount": 700, "currency": "USD"}}]}""");
        JsonNode summary = api.json(api.get("/api/v1/reports/summary?unit=86&from=2022-01-01&to=2022-12-31"));
        assertThat(summary.get("figures").get("overseas.donations").get("value").decimalValue())
                .isEqualByComparingTo("2500");
        assertThat(summary.get("figures")
                        .get("overseas.donations")
                        .get("previous")
                        .decimalValue())
                .isEqualByComparingTo("700");
        assertThat(summary.get("warnings").toString()).contains("XAF");
        // the report counts it in USD and names what it could not convert; with nothing converted, it says so
        assertThat(ReportText.of(api, "86", "2022-01-01", "2022-12-31"))
                .contains("Người Việt Nam ở nước ngoài đã ủng hộ tỉnh 2.500 USD")
                .contains("tăng 257,14% so với cùng kỳ; chưa kể 1.000 XAF chưa có tỷ giá quy đổi.");
        assertThat(ReportText.of(api, "86", "2022-06-01", "2022-06-30"))
                .contains("Người Việt Nam ở nước ngoài đã ủng hộ tỉnh 1.000 XAF (chưa có tỷ giá quy đổi sang USD).")
                .doesNotContain(" 0 USD");
        JsonNode person = api.json(api.get("/api/v1/overseas-donations?unit=86&q=Nguyễn Văn Od86"))
                .get("items")
                .get(0);
        assertThat(person.has("donor")).isFalse();
        assertThat(person.get("donorName").asString()).isEqualTo("Ông Nguyễn Văn Od86");

        long association = api.json(api.get("/api/v1/partners?q=Hội người Vĩnh Long tại Pháp Od86"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        String partnerPage = mvc.perform(
                        get("/partners/" + association).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(partnerPage)
                .contains("/overseas/associations/" + association)
                .contains("Học bổng");
        String index = HtmlUtils.htmlUnescape(
                mvc.perform(get("/overseas").with(user("admin").roles("ADMIN")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(index).contains("Hội người Vĩnh Long tại Pháp Od86");
    }

    @Test
    void theAssociationsNewDonationLinkLeadsToAFormNamingItsDonor() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "od86-assoc", "kind": "OVERSEAS_VIETNAMESE_ASSOCIATION", "name": "Hội Od86 Preset"},
                              {"ref": "od86-other", "kind": "OVERSEAS_VIETNAMESE_ASSOCIATION", "name": "Hội Od86 Other"}]}""");
        long association = api.json(api.get("/api/v1/partners?q=Hội Od86 Preset"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        String page = mvc.perform(get("/overseas/associations/" + association)
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/overseas-donations/new?donor=od86-assoc");
        String form = mvc.perform(get("/overseas-donations/new?donor=od86-assoc")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).containsPattern("<option value=\"od86-assoc\"[^>]*selected");
        assertThat(form).doesNotContainPattern("<option value=\"od86-other\"[^>]*selected");
    }

    @Test
    void theListsAnswerHtmxWithTheirResultsOnly() throws Exception {
        ListPages.answersHtmxWithItsResultsOnly(mvc, "/overseas-donations?unit=86");
        ListPages.answersHtmxWithItsResultsOnly(mvc, "/overseas?q=od86");
    }

    @Test
    void theListsDateFiltersShowWhatWasAskedAsTheyAreTyped() throws Exception {
        String page = ListPages.page(mvc, "/overseas-donations?unit=86&from=2022-01-01&to=2022-12-31");
        assertThat(page)
                .contains(ListPages.dateFilter("from", "01/01/2022"))
                .contains(ListPages.dateFilter("to", "31/12/2022"))
                .contains(ListPages.reset("/overseas-donations"));
    }
}
