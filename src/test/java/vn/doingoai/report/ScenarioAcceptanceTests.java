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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    @Test
    void theScenariosDocumentsNumberTheAreasPresentAndWriteNoZero() throws Exception {
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(bytes("/api/v1/reports/summary.docx" + PARAMS)))) {
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(p -> p.getText()).toList();
            assertThat(ReportDocumentTests.areas(paragraphs))
                    .containsExactly(
                            "I. NGOẠI GIAO CHÍNH TRỊ VÀ HỢP TÁC QUỐC TẾ CẤP ĐỊA PHƯƠNG",
                            "II. NGOẠI GIAO KINH TẾ",
                            "III. ĐỐI NGOẠI NHÂN DÂN VÀ VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI",
                            "IV. CÔNG TÁC LÃNH SỰ, BẢO HỘ CÔNG DÂN VÀ QUẢN LÝ ĐOÀN RA, ĐOÀN VÀO");
            String text = ReportDocumentTests.wordText(doc);
            assertThat(text)
                    .contains(
                            "Tổng giá trị xuất khẩu 9 tháng năm 2021 đạt 21,31 tỷ USD, tăng 7,3% so với cùng kỳ, bằng 75,7% kế hoạch.",
                            "có 24 dự án FDI được cấp mới và điều chỉnh (12 dự án cấp mới và 12 dự án điều chỉnh tăng vốn), với tổng vốn đăng ký là 158,06 triệu USD",
                            "02 đoàn/02 lượt người đi công tác nước ngoài",
                            "đón 01 đoàn/03 lượt người nước ngoài vào thăm, làm việc",
                            "giảm 1,43% so với cùng kỳ",
                            "chưa phát sinh vụ việc bảo hộ công dân")
                    .doesNotContain(
                            "0 thỏa thuận", "0 sự kiện", "00 đoàn", "giải quyết 0 vụ việc", "NGOẠI GIAO VĂN HÓA");
            assertThat(ReportDocumentTests.ZERO.matcher(text).find()).as(text).isFalse();
        }
        try (PDDocument doc = Loader.loadPDF(bytes("/api/v1/reports/summary.pdf" + PARAMS))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(List.of(text.split("\\R")))
                    .anySatisfy(line -> assertThat(line).contains(ReportDocumentTests.NATION));
            assertThat(ReportDocumentTests.areas(List.of(text.split("\\R"))))
                    .extracting(h -> h.substring(0, h.indexOf('.')))
                    .containsExactly("I", "II", "III", "IV");
            assertThat(ReportDocumentTests.ZERO
                            .matcher(text.replaceAll("\\s+", " "))
                            .find())
                    .isFalse();
        }
    }

    @Test
    void aUnitWithAlmostNothingHasOnlyTheAreaItHasSomethingIn() throws Exception {
        api.post(
                "/api/v1/events",
                """
                {"ref": "r16-event-38", "unit": "38", "title": "Hội thảo xúc tiến du lịch với tỉnh Hủa Phăn",
                 "type": "SEMINAR", "format": "IN_PERSON", "role": "HOSTED",
                 "startDate": "2021-05-10", "endDate": "2021-05-10", "partners": []}""");
        String params = "?unit=38&from=2021-01-01&to=2021-09-30";
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(bytes("/api/v1/reports/summary.docx" + params)))) {
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(p -> p.getText()).toList();
            assertThat(ReportDocumentTests.areas(paragraphs))
                    .containsExactly("I. NGOẠI GIAO CHÍNH TRỊ VÀ HỢP TÁC QUỐC TẾ CẤP ĐỊA PHƯƠNG");
            assertThat(paragraphs).noneSatisfy(p -> assertThat(p).matches("^\\d\\. .*"));
            String text = ReportDocumentTests.wordText(doc);
            assertThat(text)
                    .contains("Tỉnh đã chủ trì, phối hợp tổ chức 01 hội nghị, hội thảo, sự kiện đối ngoại./.")
                    .doesNotContain("thỏa thuận quốc tế", "chưa phát sinh", "xuất khẩu", "FDI", "đoàn/");
            assertThat(ReportDocumentTests.ZERO.matcher(text).find()).as(text).isFalse();
            assertThat(text).contains("BÁO CÁO", "Nơi nhận", "UBND TỈNH THANH HÓA");
        }
        try (PDDocument doc = Loader.loadPDF(bytes("/api/v1/reports/summary.pdf" + params))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(ReportDocumentTests.areas(List.of(text.split("\\R")))).hasSize(1);
        }
        // a period with nothing at all: the document has no section
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                bytes("/api/v1/reports/summary.docx?unit=38&from=2019-01-01&to=2019-12-31")))) {
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(p -> p.getText()).toList();
            assertThat(ReportDocumentTests.areas(paragraphs)).isEmpty();
            assertThat(ReportDocumentTests.wordText(doc)).contains("BÁO CÁO").doesNotContain(" 0 ", "00");
        }
    }

    @Test
    void theWorkbookHasRealNumbersDatesUnitNamesAndALinkToEveryRecord() throws Exception {
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/v1/reports/summary.xlsx" + PARAMS)))) {
            var economy = book.getSheet("II. Kinh tế");
            assertThat(economy.getRow(0).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2021, 1, 1));
            assertThat(economy.getRow(0).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2021, 9, 30));
            assertThat(economy.getRow(0).getCell(2).getCellStyle().getDataFormatString())
                    .isEqualTo("dd/mm/yyyy");
            boolean capital = false;
            for (var row : economy) {
                if (row.getRowNum() > 1 && row.getCell(0).getStringCellValue().equals("fdi.capital.registered")) {
                    capital = true;
                    assertThat(row.getCell(2).getNumericCellValue())
                            .isEqualTo(158060000.0, org.assertj.core.data.Offset.offset(1.0));
                    assertThat(row.getCell(2).getCellStyle().getDataFormatString())
                            .isEqualTo("#,##0.00");
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("USD");
                }
                if (row.getRowNum() > 1 && row.getCell(0).getStringCellValue().equals("fdi.projects.new")) {
                    assertThat(row.getCell(2).getCellStyle().getDataFormatString())
                            .isEqualTo("#,##0");
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("dự án");
                }
            }
            assertThat(capital).isTrue();
            var records = book.getSheet("Hồ sơ");
            int projects = 0;
            for (var row : records) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("fdi.projects.new")) {
                    projects++;
                    assertThat(row.getCell(2).getHyperlink().getAddress())
                            .matches("http://localhost(:\\d+)?/investments/\\d+");
                    assertThat(row.getCell(3).getLocalDateTimeCellValue().getYear())
                            .isEqualTo(2021);
                    assertThat(row.getCell(4).getStringCellValue()).contains("Thái Nguyên");
                }
            }
            assertThat(projects).isEqualTo(12);
        }
    }

    @Test
    void anApprovedReportIsFrozenAsSignedAndSaysWhichFiguresChangedSince() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        Api officer = user("r16off" + suffix, "OFFICER");
        Api approver = user("r16app" + suffix, "APPROVER");
        JsonNode draft = api.json(
                officer.post("/api/v1/reports/drafts", Map.of("unit", "19", "from", "2021-01-01", "to", "2021-09-30"))
                        .andExpect(status().isCreated()));
        long id = draft.get("id").asLong();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        String economy = "indicator.report.title";
        assertThat(section(draft, economy)).startsWith("Tổng giá trị xuất khẩu 9 tháng năm 2021 đạt 21,31 tỷ USD");
        String rewritten =
                "Kim ngạch xuất khẩu hàng hóa 9 tháng năm 2021 đạt 21,31 tỷ USD, tăng 7,3% so với cùng kỳ năm trước.";
        Map<String, Object> edit = new java.util.HashMap<>();
        edit.put("version", draft.get("version").asLong());
        edit.put("unit", "19");
        edit.put("texts", Map.of(economy, rewritten));
        edit.put("signerName", "Nguyễn Văn An");
        JsonNode edited =
                api.json(officer.put("/api/v1/reports/drafts/" + id, edit).andExpect(status().isOk()));
        assertThat(section(edited, economy)).isEqualTo(rewritten);
        officer.put("/api/v1/reports/drafts/" + id, edit).andExpect(status().isConflict());
        officer.post(
                        "/api/v1/reports/drafts/" + id + "/submit",
                        Map.of("version", edited.get("version").asLong()))
                .andExpect(status().isOk());
        edit.put("version", edited.get("version").asLong() + 1);
        officer.put("/api/v1/reports/drafts/" + id, edit).andExpect(status().isBadRequest());
        officer.post("/api/v1/reports/drafts/" + id + "/approve", null).andExpect(status().isForbidden());
        JsonNode approved = api.json(
                approver.post("/api/v1/reports/drafts/" + id + "/approve", null).andExpect(status().isOk()));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("number").asString()).matches("\\d+/BC-SNgV");
        assertThat(approved.get("approvedBy").asString()).isEqualTo("r16app" + suffix);
        assertThat(approved.get("changedFigures")).isEmpty();
        byte[] word = bytes("/api/v1/reports/drafts/" + id + ".docx");
        byte[] pdf = bytes("/api/v1/reports/drafts/" + id + ".pdf");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word))) {
            assertThat(ReportDocumentTests.wordText(doc))
                    .contains("Số: " + approved.get("number").asString(), rewritten, "Nguyễn Văn An", "8,72 tỷ USD");
        }
        try {
            correctTheCapitalOfAnOldProject();
            assertThat(bytes("/api/v1/reports/drafts/" + id + ".docx")).isEqualTo(word);
            assertThat(bytes("/api/v1/reports/drafts/" + id + ".pdf")).isEqualTo(pdf);
            JsonNode now = api.json(officer.get("/api/v1/reports/drafts/" + id).andExpect(status().isOk()));
            assertThat(now.get("changedFigures")).hasSize(1);
            assertThat(now.get("changedFigures").get(0).get("key").asString()).isEqualTo("fdi.capital.total");
            assertThat(section(now, economy)).isEqualTo(rewritten);
            api.get("/api/v1/report-drafts/" + id + "/history").andExpect(status().isOk());
        } finally {
            api.importDataset(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        }
    }

    /** An officer corrects the capital of a project registered in 2015: only the total of the projects in force changes. */
    private void correctTheCapitalOfAnOldProject() throws Exception {
        JsonNode list = api.json(api.get("/api/v1/investments?unit=19&size=500"));
        JsonNode project = null;
        for (JsonNode item : list.get("items")) {
            if (item.get("ref").asString().equals("tn-fdi-old13")) {
                project = item;
            }
        }
        assertThat(project).isNotNull();
        tools.jackson.databind.node.ObjectNode corrected = (tools.jackson.databind.node.ObjectNode) project;
        ((tools.jackson.databind.node.ObjectNode) corrected.get("capital")).put("amount", 18972146.15);
        api.put("/api/v1/investments/" + project.get("id").asLong(), corrected).andExpect(status().isOk());
    }

    private Api user(String name, String role) throws Exception {
        api.post("/api/v1/users", Map.of("username", name, "password", name + "-password", "role", role, "unit", "19"))
                .andExpect(status().is2xxSuccessful());
        return api.as(name, name + "-password");
    }

    private static String section(JsonNode draft, String key) {
        for (JsonNode s : draft.get("sections")) {
            if (s.get("key").asString().equals(key)) {
                return s.get("text").asString();
            }
        }
        return null;
    }

    private byte[] bytes(String url) throws Exception {
        return api.get(url).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
