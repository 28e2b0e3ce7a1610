package vn.doingoai.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
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
 * Every agreement field of the contract imports: a border province's (Thanh Hóa, 38) agreements on
 * border management and cross-border labour, once refused as unreadable, and the others the contract
 * added; their labels on the page in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementFieldsTests {

    static final String[] CONTRACT_FIELDS = {
        "AGRICULTURE", "EDUCATION", "HEALTH", "CULTURE", "TOURISM", "TRADE", "INVESTMENT", "SCIENCE_TECHNOLOGY",
        "ENVIRONMENT", "LABOUR", "BORDER", "SECURITY", "TRANSPORT", "INFORMATION", "SPORT", "OTHER"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void theFieldsOfTheContractAreExactlyTheEnumsValues() {
        assertThat(Arrays.stream(CooperationField.values()).map(Enum::name)).containsExactly(CONTRACT_FIELDS);
    }

    @Test
    void aBorderProvincesAgreementsOnBorderManagementAndCrossBorderLabourImport() throws Exception {
        Api api = new Api(mvc, json);
        JsonNode result = api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "af38-hp", "kind": "FOREIGN_LOCALITY", "name": "Houaphanh Af38", "country": "LA"}],
                 "agreements": [
                   {"ref": "af38-a1", "unit": "38", "level": "PROVINCE", "title": "Thỏa thuận quản lý biên giới Af38",
                    "partners": ["af38-hp"], "signedOn": "2021-03-01", "validFrom": "2021-03-01", "validTo": "2026-03-01",
                    "fields": ["BORDER", "SECURITY"], "status": "SIGNED"},
                   {"ref": "af38-a2", "unit": "38", "level": "PROVINCE", "title": "Thỏa thuận lao động qua biên giới Af38",
                    "partners": ["af38-hp"], "signedOn": "2021-04-01", "fields": ["LABOUR", "TRANSPORT"], "status": "SIGNED"},
                   {"ref": "af38-a3", "unit": "38", "level": "PROVINCE", "title": "Thỏa thuận thông tin, thể thao Af38",
                    "fields": ["INFORMATION", "SPORT", "CULTURE"], "status": "PROPOSED"}]}""");
        assertThat(result.get("created").asInt()).isEqualTo(4);
        api.get("/api/v1/agreements?unit=38&q=Af38")
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].fields[*]")
                        .value(Matchers.hasItems("BORDER", "SECURITY", "LABOUR", "TRANSPORT", "INFORMATION", "SPORT")));
        long id = api.json(api.get("/api/v1/agreements?unit=38&q=quản lý biên giới Af38"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        String vi = HtmlUtils.htmlUnescape(
                mvc.perform(get("/agreements/" + id).with(user("admin").roles("ADMIN")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(vi)
                .contains("Quản lý biên giới")
                .contains("An ninh, trật tự")
                .doesNotContain("??");
        String en = mvc.perform(
                        get("/agreements/" + id + "?lang=en").with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(en).contains("Border management").contains("Security and order");

        // the border province's report names them in its border area, the proposed one left out
        assertThat(ReportText.of(api, "38", "2022-01-01", "2022-12-31"))
                .contains("CÔNG TÁC BIÊN GIỚI, LÃNH THỔ")
                .contains("Đến ngày 31/12/2022, tỉnh đang thực hiện 02 thỏa thuận với các địa phương nước láng giềng"
                        + " về quản lý biên giới, lao động qua biên giới: Thỏa thuận quản lý biên giới Af38 (ký ngày"
                        + " 1/3/2021) và Thỏa thuận lao động qua biên giới Af38 (ký ngày 1/4/2021).")
                .doesNotContain("thông tin, thể thao Af38");
        assertThat(ReportText.of(api, "38", "2022-01-01", "2022-12-31", "en"))
                .contains("By 31 December 2022, the province was carrying out 2 agreements with neighbouring"
                        + " localities on border management and cross-border labour");
        // before they were signed, nothing is said of them
        assertThat(ReportText.of(api, "38", "2020-01-01", "2020-12-31")).doesNotContain("lao động qua biên giới");
    }
}
