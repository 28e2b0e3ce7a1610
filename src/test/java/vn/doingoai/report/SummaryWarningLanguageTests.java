package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * A warning of the figures (an amount with no exchange rate) is a message key written in the
 * reader's language: Vietnamese on a Vietnamese page and in the API by default, English with {@code
 * ?lang=en}. And the four summary endpoints bind one request: the same problems at the same names.
 * Unit 89 is this class's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SummaryWarningLanguageTests {

    static final String PERIOD = "unit=89&from=2019-01-01&to=2019-12-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1", "overseasDonations": [
                   {"ref": "w89-d1", "unit": "89", "donorName": "Ông Trần Văn W89", "receivedOn": "2019-06-03",
                    "purpose": "Học bổng", "value": {"amount": 1500, "currency": "XAF"}}]}""");
    }

    @Test
    void aWarningIsVietnameseOnAVietnamesePageAndEnglishWithLangEn() throws Exception {
        String vietnamese = "Thiếu tỷ giá XAF ngày 03/06/2019: 1.500 XAF không được tính vào "
                + "Kiều bào ủng hộ (quy đổi USD) (overseas.donations)";
        String english = "No exchange rate for XAF on 03/06/2019: 1,500 XAF left out of "
                + "Overseas donations (in USD) (overseas.donations)";

        JsonNode summary = api.json(api.get("/api/v1/reports/summary?" + PERIOD).andExpect(status().isOk()));
        assertThat(summary.get("warnings").get(0).asString()).isEqualTo(vietnamese);
        JsonNode inEnglish = api.json(
                api.get("/api/v1/reports/summary?" + PERIOD + "&lang=en").andExpect(status().isOk()));
        assertThat(inEnglish.get("warnings").get(0).asString()).isEqualTo(english);

        // the workbook names it in its language too
        assertThat(workbookTexts("/api/v1/reports/summary.xlsx?" + PERIOD)).contains(vietnamese);
        assertThat(workbookTexts("/api/v1/reports/summary.xlsx?" + PERIOD + "&lang=en"))
                .contains(english);

        assertThat(page("/reports?" + PERIOD)).contains(vietnamese).doesNotContain(english);
        assertThat(page("/reports?" + PERIOD + "&lang=en")).contains(english).doesNotContain(vietnamese);
    }

    /** Every text cell of a workbook. */
    private java.util.List<String> workbookTexts(String url) throws Exception {
        byte[] bytes = api.get(url)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.util.List<String> texts = new java.util.ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            })));
        }
        return texts;
    }

    private String page(String url) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theFourSummaryEndpointsGiveTheSameProblemsAtTheirNames() throws Exception {
        for (String endpoint : new String[] {"summary", "summary.docx", "summary.pdf", "summary.xlsx"}) {
            String url = "/api/v1/reports/" + endpoint;
            api.get(url + "?" + PERIOD + "&includeMerged=maybe")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("includeMerged"));
            api.get(url + "?unit=89&from=x&to=2019-01-01")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("from"));
            api.get(url + "?from=2019-01-01&to=2019-12-31")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("unit"));
            api.get(url + "?unit=89&from=2019-12-31&to=2019-01-01")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("to"));
            api.get(url + "?" + PERIOD + "&includeMerged=false").andExpect(status().isOk());
        }
        api.get("/api/v1/reports/summary.docx?" + PERIOD + "&lang=fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }
}
