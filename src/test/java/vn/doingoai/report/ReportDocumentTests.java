package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
            "Kết quả công tác đối ngoại 9 tháng năm 2021",
            "Tổng giá trị xuất khẩu 9 tháng năm 2021 đạt 21,31 tỷ USD, tăng 7,3% so với cùng kỳ, bằng 75,7% kế hoạch",
            "21,31 tỷ USD",
            "7,3%",
            "75,7%",
            "giảm 1,43%",
            "12 dự án cấp mới, 12 dự án điều chỉnh tăng vốn, tổng vốn đăng ký 158,06 triệu USD",
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
                assertThat(run.getFontSizeAsDouble()).isBetween(13.0, 14.0);
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
                                .param("political", "Tỉnh đã trao đổi công thư với tỉnh Xay Sổm Bun."))
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
