package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.period.Period;
import vn.doingoai.support.Api;

/** The official document in Word and PDF, read back; the Excel workbook. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ReportTestConfig.class)
class ReportDocumentTests {

    static final String PARAMS = "?unit=19&from=2021-01-01&to=2021-09-30";

    static final List<String> EXPECTED = List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "BÁO CÁO",
            "Nơi nhận",
            "UBND TỈNH THÁI NGUYÊN",
            "SỞ NGOẠI VỤ",
            "Kết quả công tác đối ngoại 9 tháng năm 2021 của tỉnh Thái Nguyên",
            "Số:        /BC-SNgV",
            "Tổng giá trị xuất khẩu 9 tháng năm 2021 đạt 21,31 tỷ USD, tăng 7,3% so với cùng kỳ, bằng 75,7% kế hoạch",
            "21,31 tỷ USD",
            "7,3%",
            "75,7%",
            "giảm 1,43%",
            "(12 dự án cấp mới và 12 dự án điều chỉnh tăng vốn), với tổng vốn đăng ký là 158,06 triệu USD",
            "02 đoàn/02 lượt người",
            "xét duyệt và chấp thuận cho 2.907 người nhập cảnh",
            "11.669 người",
            "23 tỷ 338 triệu đồng",
            "GIÁM ĐỐC",
            "Tốc độ tăng trưởng GRDP 9 tháng năm 2021 đạt 6,5% (cùng kỳ đạt 5,2%)");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    @Test
    void theWordDocumentIsInTheOfficialFormatInTimesNewRoman() throws Exception {
        byte[] bytes = api.get("/api/v1/reports/summary.docx" + PARAMS)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = wordText(doc);
            assertThat(text).contains(EXPECTED);
            assertThat(text).contains("Thái Nguyên, ngày " + LocalDate.now().getDayOfMonth() + " tháng ");
            List<XWPFRun> runs = runs(doc);
            assertThat(runs).isNotEmpty();
            assertThat(runs).allSatisfy(run -> {
                assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                // Decree 30: recipients 11 pt, "Nơi nhận:" and the issuing body 12–13, the body 13–14
                assertThat(run.getFontSizeAsDouble()).isBetween(11.0, 14.0);
            });
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(11906);
            var margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(((java.math.BigInteger) margins.getLeft()).intValue()).isBetween(1700, 1985);
            // the first table (the header) has no borders
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(header.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        }
    }

    @Test
    void thePdfEmbedsATimesCompatibleFontAndReadsBack() throws Exception {
        byte[] bytes = api.get("/api/v1/reports/summary.pdf" + PARAMS)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : EXPECTED) {
                assertThat(text).contains(expected.replaceAll("\\s+", " "));
            }
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            List<String> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).isTrue();
            }
            assertThat(fonts).allSatisfy(f -> assertThat(f).contains("LiberationSerif"));
        }
    }

    @Test
    void theOfficerCanEditASectionBeforeDownloading() throws Exception {
        byte[] bytes = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/reports/document")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("admin")
                                        .roles("ADMIN"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("unit", "19")
                                .param("from", "2021-01-01")
                                .param("to", "2021-09-30")
                                .param("format", "docx")
                                .param(
                                        "text.agreement.report.title",
                                        "Tỉnh đã trao đổi công thư với tỉnh Xay Sổm Bun."))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = wordText(doc);
            assertThat(text).contains("Tỉnh đã trao đổi công thư với tỉnh Xay Sổm Bun.");
            assertThat(text).contains("21,31 tỷ USD");
        }
    }

    @Test
    void theWorkbookHasASheetPerSectionAndTheRecordsBehindTheFigures() throws Exception {
        byte[] bytes = api.get("/api/v1/reports/summary.xlsx" + PARAMS)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(5);
            assertThat(book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Chỉ tiêu");
            var sources = book.getSheet("Nguồn số liệu");
            boolean found = false;
            for (var row : sources) {
                if (row.getCell(0).getStringCellValue().equals("delegations.outgoing")) {
                    found = row.getCell(4).getStringCellValue().endsWith("/delegations?unit=19");
                }
            }
            assertThat(found).isTrue();
        }
    }

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /** A zero written as a count: "0 thỏa thuận", "00 đoàn", "0/…". */
    static final Pattern ZERO = Pattern.compile("(?<![\\d.,])0{1,2}(?![\\d.,%])\\s*(/|\\p{L})");

    /** A heading of the report's areas: "II. NGOẠI GIAO KINH TẾ". */
    static final Pattern AREA = Pattern.compile("^([IVX]+)\\. (\\p{Lu}.*)$");

    @Test
    void theNationalTitleStaysOnOneLineAndTheHeaderFollowsDecree30() throws Exception {
        byte[] pdf = bytes("/api/v1/reports/summary.pdf" + PARAMS);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> lines = List.of(new PDFTextStripper().getText(doc).split("\\R"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains(NATION));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("Độc lập - Tự do - Hạnh phúc"));
        }
        byte[] docx = bytes("/api/v1/reports/summary.docx" + PARAMS);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getCTTbl().getTblPr().getTblLayout().getType().toString())
                    .isEqualTo("fixed");
            long right = ((java.math.BigInteger)
                            header.getCTTbl().getTblGrid().getGridColArray(1).getW())
                    .longValue();
            float title = PdfDocument.fonts().bold().getWidthPoint(NATION, OfficialLayout.NATION);
            assertThat(right / 20f - 2 * OfficialLayout.CELL_PADDING).isGreaterThan(title);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell nation = header.getRow(0).getCell(1);
            assertThat(left.getParagraphs())
                    .anySatisfy(p -> assertThat(p.getText()).isEqualTo("SỞ NGOẠI VỤ"));
            assertThat(left.getParagraphs().stream()
                            .filter(p -> p.getText().isEmpty())
                            .map(XWPFParagraph::getBorderBottom))
                    .containsExactly(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            assertThat(nation.getParagraphs().get(0).getText()).isEqualTo(NATION);
            assertThat(nation.getParagraphs().get(0).getRuns()).singleElement().satisfies(r -> assertThat(r.isBold())
                    .isTrue());
            assertThat(nation.getParagraphs().stream()
                            .filter(p -> p.getText().isEmpty())
                            .map(XWPFParagraph::getBorderBottom))
                    .containsExactly(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            XWPFParagraph date =
                    nation.getParagraphs().get(nation.getParagraphs().size() - 1);
            assertThat(date.getText()).startsWith("Thái Nguyên, ngày ");
            assertThat(date.getRuns().get(0).isItalic()).isTrue();
            XWPFTableCell recipients = doc.getTables().get(1).getRow(0).getCell(0);
            XWPFRun label = recipients.getParagraphs().get(0).getRuns().get(0);
            assertThat(label.text()).isEqualTo("Nơi nhận:");
            assertThat(label.isBold() && label.isItalic()).isTrue();
        }
    }

    @Test
    void theAreasPresentAreNumberedAsTheyComeAndNoZeroIsWritten() throws Exception {
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(bytes("/api/v1/reports/summary.docx" + PARAMS)))) {
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(areas(paragraphs))
                    .containsExactly(
                            "I. NGOẠI GIAO CHÍNH TRỊ VÀ HỢP TÁC QUỐC TẾ CẤP ĐỊA PHƯƠNG",
                            "II. NGOẠI GIAO KINH TẾ",
                            "III. ĐỐI NGOẠI NHÂN DÂN VÀ VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI",
                            "IV. CÔNG TÁC LÃNH SỰ, BẢO HỘ CÔNG DÂN VÀ QUẢN LÝ ĐOÀN RA, ĐOÀN VÀO");
            // an area with several sections numbers them; an area with one does not
            assertThat(paragraphs)
                    .contains(
                            "1. Hợp tác quốc tế cấp địa phương, thỏa thuận quốc tế",
                            "2. Hội nghị, hội thảo, sự kiện đối ngoại");
            String text = wordText(doc);
            assertThat(text).doesNotContain("NGOẠI GIAO VĂN HÓA", "BIÊN GIỚI", "0 thỏa thuận", "0 sự kiện", "00 đoàn");
            assertThat(ZERO.matcher(text).find()).as(text).isFalse();
            // the reader expects citizen protection in the consular area: none is said so, not counted as 0
            assertThat(text).contains("Trong 9 tháng năm 2021, chưa phát sinh vụ việc bảo hộ công dân.");
            assertThat(text)
                    .contains(
                            "Tỉnh đã chủ trì, phối hợp tổ chức 04 hội nghị, hội thảo, sự kiện đối ngoại (trong đó 01 sự kiện tổ chức theo hình thức trực tuyến), bằng cùng kỳ");
            assertThat(text).contains("bảo hộ công dân./.");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes("/api/v1/reports/summary.pdf" + PARAMS))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(areas(List.of(text.split("\\R"))))
                    .extracting(h -> h.substring(0, h.indexOf('.')))
                    .containsExactly("I", "II", "III", "IV");
            assertThat(ZERO.matcher(text.replaceAll("\\s+", " ")).find()).isFalse();
        }
    }

    @Test
    void theEnglishReportHasEnglishNumberWordsAndNoVietnameseSentence() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(bytes("/api/v1/reports/summary.docx" + PARAMS + "&lang=en")))) {
            String text = wordText(doc);
            assertThat(text)
                    .contains(
                            "SOCIALIST REPUBLIC OF VIET NAM",
                            "Independence - Freedom - Happiness",
                            "REPORT",
                            "Recipients:",
                            "THAI NGUYEN PROVINCE PEOPLE'S COMMITTEE",
                            "Thai Nguyen, " + LocalDate.now().getDayOfMonth() + " ",
                            "Results of the foreign affairs of Thai Nguyen Province in the first 9 months of 2021",
                            "Exports in the first 9 months of 2021 reached 21.31 billion USD, up 7.3% on the same period a year before, 75.7% of the plan.",
                            "158.06 million USD",
                            "down 1.43%",
                            "the province sent 2 delegations (2 persons) abroad",
                            "2,907 persons",
                            "23.34 billion VND",
                            "I. POLITICAL DIPLOMACY AND LOCAL COOPERATION");
            assertThat(vietnamese(text)).as(text).isEmpty();
        }
        try (PDDocument pdf = Loader.loadPDF(bytes("/api/v1/reports/summary.pdf" + PARAMS + "&lang=en"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("SOCIALIST REPUBLIC OF VIET NAM").contains("21.31 billion USD");
            assertThat(vietnamese(text)).isEmpty();
        }
        api.get("/api/v1/reports/summary.docx" + PARAMS + "&lang=fr").andExpect(status().isBadRequest());
    }

    @Test
    void aReportIsIssuedByTheUnitAsItIsTodayAboutTheUnitAsItWasThen() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                bytes("/api/v1/reports/summary.docx?unit=24&from=2021-01-01&to=2021-09-30")))) {
            String text = wordText(doc);
            assertThat(text)
                    .contains("UBND TỈNH BẮC NINH")
                    .doesNotContain("UBND TỈNH BẮC GIANG")
                    .contains("Kết quả công tác đối ngoại 9 tháng năm 2021 của tỉnh Bắc Giang")
                    .contains("Bắc Ninh, ngày " + LocalDate.now().getDayOfMonth() + " tháng "
                            + LocalDate.now().getMonthValue());
        }
    }

    /** The letters of Vietnamese a text holds (marks, đ): none in an English document. */
    static String vietnamese(String text) {
        StringBuilder found = new StringBuilder();
        for (char c : text.toCharArray()) {
            String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            if (c == 'đ'
                    || c == 'Đ'
                    || decomposed.codePoints().anyMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK)) {
                found.append(c);
            }
        }
        return found.toString();
    }

    static List<String> areas(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            var m = AREA.matcher(line.strip());
            if (m.matches() && !m.group(2).startsWith("Nơi")) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** A document of the API, kept under target/report-samples to look at (pdftoppm, LibreOffice). */
    byte[] bytes(String url) throws Exception {
        byte[] bytes = api.get(url)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Path samples = java.nio.file.Path.of("target", "report-samples");
        java.nio.file.Files.createDirectories(samples);
        String name = url.replaceAll("^.*/", "").replaceAll("[^A-Za-z0-9.]+", "-");
        String extension = url.contains(".pdf") ? ".pdf" : ".docx";
        java.nio.file.Files.write(samples.resolve(name + extension), bytes);
        return bytes;
    }

    @Test
    void periodsHaveTheirVietnameseNames() {
        assertThat(PeriodName.of(Period.ofCode("2021-9M"))).isEqualTo("9 tháng năm 2021");
        assertThat(PeriodName.of(Period.ofCode("2021-H1"))).isEqualTo("6 tháng đầu năm 2021");
        assertThat(PeriodName.of(Period.ofCode("2021-Q3"))).isEqualTo("quý III năm 2021");
        assertThat(PeriodName.of(Period.ofCode("2021-06"))).isEqualTo("tháng 6 năm 2021");
        assertThat(PeriodName.of(Period.ofCode("2021"))).isEqualTo("năm 2021");
        assertThat(PeriodName.of(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 15))))
                .isEqualTo("từ ngày 1/1/2021 đến ngày 15/2/2021");
    }

    static String wordText(XWPFDocument doc) {
        StringBuilder out = new StringBuilder();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                out.append(p.getText()).append('\n');
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        out.append(cell.getText()).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            runs.addAll(p.getRuns());
        }
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        runs.addAll(p.getRuns());
                    }
                }
            }
        }
        return runs;
    }
}
