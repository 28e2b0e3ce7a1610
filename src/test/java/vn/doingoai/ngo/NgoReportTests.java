package vn.doingoai.ngo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;
import vn.doingoai.support.ReportText;

/**
 * A province's 59 registered NGOs, as the Thái Nguyên seed counts them: unit 54 (Phú Yên) keeps the
 * papers of 62 NGOs, three of them lapsed, one holding two valid papers and one a lapsed paper beside
 * its valid one; the figure, its drill-down and the report's fourth area, opened by the NGOs before
 * the aid they bring, say 59.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NgoReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private static String registration(String ref, String ngo, String kind, String from, String to) {
        return "{\"ref\": \"" + ref + "\", \"unit\": \"54\", \"ngo\": \"" + ngo + "\", \"kind\": \"" + kind
                + "\", \"number\": \"" + ref + "/GĐK\", \"validFrom\": \"" + from + "\", \"validTo\": \"" + to + "\"}";
    }

    private static String document() {
        List<String> partners = new ArrayList<>();
        List<String> papers = new ArrayList<>();
        for (int i = 1; i <= 62; i++) {
            String ngo = "ngo54-" + i;
            partners.add("{\"ref\": \"" + ngo + "\", \"kind\": \"FOREIGN_NGO\", \"name\": \"Tổ chức Ngo54 số " + i
                    + "\", \"country\": \"US\"}");
            if (i <= 59) {
                papers.add(registration(ngo + "-r", ngo, "OPERATION", "2020-01-01", "2025-12-31"));
            } else {
                papers.add(registration(ngo + "-r", ngo, "OPERATION", "2015-01-01", "2022-12-31")); // lapsed
            }
        }
        papers.add(registration("ngo54-59-vp", "ngo54-59", "PROJECT_OFFICE", "2022-06-01", "2026-12-31"));
        papers.add(registration("ngo54-1-old", "ngo54-1", "OPERATION", "2016-01-01", "2019-12-31"));
        return """
                {"format": "doingoai-dataset/1",
                 "partners": [%s],
                 "ngoRegistrations": [%s],
                 "aid": [{"ref": "ngo54-aid", "unit": "54", "donor": "ngo54-2", "kind": "PROJECT", "title": "Nước sạch Ngo54",
                          "sector": "14030", "startDate": "2023-01-01", "endDate": "2024-12-31",
                          "transactions": [{"type": "DISBURSEMENT", "date": "2023-05-10",
                                            "value": {"amount": 438470, "currency": "USD"}}]}]}"""
                .formatted(String.join(",\n", partners), String.join(",\n", papers));
    }

    @Test
    void theReportSaysHowManyNgosHoldAValidPaperBeforeTheAidTheyBring() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(document());
        JsonNode figure = api.json(api.get("/api/v1/reports/summary?unit=54&from=2023-01-01&to=2023-12-31"))
                .get("figures")
                .get("ngos.registered");
        assertThat(figure.get("value").asLong()).isEqualTo(59);
        assertThat(figure.get("previous").asLong()).isEqualTo(62);
        String drill = mvc.perform(get("/reports/figure?key=ngos.registered&unit=54&from=2023-01-01&to=2023-12-31")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(drill).contains("data-total-value=\"59\"");

        String report = ReportText.of(api, "54", "2023-01-01", "2023-12-31");
        String ngos = "1. Tổ chức phi chính phủ nước ngoài đăng ký hoạt động\n"
                + "Tính đến ngày 31/12/2023, trên địa bàn tỉnh có 59 tổ chức phi chính phủ nước ngoài đăng ký hoạt"
                + " động.\n2. Vận động, quản lý viện trợ phi chính phủ nước ngoài\nGiá trị giải ngân";
        assertThat(report)
                .contains("ĐỐI NGOẠI NHÂN DÂN VÀ VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI")
                .contains(ngos);
        assertThat(ReportText.of(api, "54", "2023-01-01", "2023-12-31", "en"))
                .contains("By 31 December 2023, 59 foreign non-governmental organisations were registered to work in"
                        + " the province.");
        // before the first paper there is nothing to say
        assertThat(ReportText.of(api, "54", "2010-01-01", "2010-12-31"))
                .doesNotContain("tổ chức phi chính phủ nước ngoài đăng ký hoạt động");
    }
}
