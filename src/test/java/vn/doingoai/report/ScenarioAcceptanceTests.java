package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * The Thái Nguyên scenario end to end: its dataset imported through {@code POST /api/v1/dataset},
 * every figure of {@code thai-nguyen-2021-9m.expected.json} checked against the summary, and the
 * official documents carrying the numbers the way the province's report wrote them. Needs every
 * record module.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScenarioAcceptanceTests {

    static final String PARAMS = "?unit=19&from=2021-01-01&to=2021-09-30";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        api.importDataset(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
    }

    @Test
    void everyExpectedFigureMatchesTheSummary() throws Exception {
        JsonNode expected = json.readTree(Api.scenario("thai-nguyen-2021-9m.expected.json"));
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (JsonNode report : expected) {
            String url = "/api/v1/reports/summary?unit=" + report.get("unit").asString() + "&from="
                    + report.get("from").asString() + "&to=" + report.get("to").asString();
            JsonNode summary = api.json(api.get(url).andExpect(status().isOk()));
            for (Map.Entry<String, JsonNode> figure : report.get("figures").properties()) {
                JsonNode actual = summary.get("figures").get(figure.getKey());
                for (Map.Entry<String, JsonNode> field : figure.getValue().properties()) {
                    checked++;
                    String where = url + " " + figure.getKey() + "." + field.getKey();
                    JsonNode got = actual == null ? null : actual.get(field.getKey());
                    if (got == null || got.isNull()) {
                        if (!field.getValue().isNull()) {
                            mismatches.add(where + ": expected " + field.getValue() + ", got nothing");
                        }
                    } else if (field.getValue().isNull()
                            || got.decimalValue().compareTo(field.getValue().decimalValue()) != 0) {
                        mismatches.add(where + ": expected " + field.getValue() + ", got " + got);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theDocumentsWriteTheNumbersTheWayTheReportDid() throws Exception {
        List<String> numbers = List.of("21,31 tỷ USD", "7,3%", "75,7%", "158,06 triệu USD", "2.907", "11.669");
        byte[] docx = api.get("/api/v1/reports/summary.docx" + PARAMS)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(ReportDocumentTests.wordText(doc)).contains(numbers);
        }
        byte[] pdf = api.get("/api/v1/reports/summary.pdf" + PARAMS)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains(numbers);
        }
    }
}
