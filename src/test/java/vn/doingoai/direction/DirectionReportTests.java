package vn.doingoai.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.doingoai.direction.DirectionFixtures.task;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.doingoai.dataset.DatasetService;
import vn.doingoai.support.Api;

/**
 * The report's eighth area, written by this module's sections: for the Bắc Giang scenario (unit 24,
 * 1/1–31/8/2023) the Word and PDF reports name each plan issued in the period the way the reports do
 * ("Kế hoạch số 85/KH-UBND ngày 15/3/2023 về …", the phrases of {@code bac-giang-2023-8m.expected.json}),
 * say how many tasks fell due, were done on time and are overdue, the course and its trainees, and the
 * agreements in force by level (7 of the province, 9 of its agencies); in English too. A period with
 * nothing but an overdue task writes no zero; a report with many documents names thirty of them.
 * An agency of Khánh Hòa (56) of this test's own. The scenario's partners (Vietnamese names such as
 * "Hội đồng hương…") would show on other tests' English pages: the context is thrown away afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class DirectionReportTests {

    static final String BAC_GIANG = "?unit=24&from=2023-01-01&to=2023-08-31";
    static final String AGENCY = "56-R13R";

    /** A zero written as a count: "0 nhiệm vụ", "00 lớp", "0/…". */
    static final Pattern ZERO = Pattern.compile("(?<![\\d.,])0{1,2}(?![\\d.,%])\\s*(/|\\p{L})");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    DatasetService datasets;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        DirectionFixtures.unit(api, AGENCY, "56", "AGENCY", "Sở Ngoại vụ Khánh Hòa (báo cáo R13)");
    }

    @Test
    void theBacGiangReportNamesItsPlansTasksTrainingAndAgreementsByLevel() throws Exception {
        JsonNode scenario = json.readTree(Api.scenario("bac-giang-2023-8m.dataset.json"));
        ObjectNode known = json.createObjectNode();
        for (String name : scenario.propertyNames()) {
            if (name.equals("format") || datasets.sectionNames().contains(name)) {
                known.set(name, scenario.get(name));
            }
        }
        api.importDataset(json.writeValueAsString(known));
        List<String> phrases = new ArrayList<>();
        json.readTree(Api.scenario("bac-giang-2023-8m.expected.json"))
                .get(0)
                .get("documentText")
                .forEach(p -> phrases.add(p.asString()));
        assertThat(phrases).contains("Kế hoạch số 85/KH-UBND ngày 15/3/2023");

        String word = wordText(bytes("/api/v1/reports/summary.docx" + BAC_GIANG));
        assertThat(word)
                .contains(phrases)
                .contains("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ NÂNG CAO NĂNG LỰC")
                .contains(
                        "Trong 8 tháng năm 2023, tỉnh đã ban hành 02 văn bản chỉ đạo, điều hành về công tác đối ngoại:"
                                + " Kế hoạch số 85/KH-UBND ngày 15/3/2023 về thực hiện Chỉ thị số 15-CT/TW ngày 10/8/2022"
                                + " của Ban Bí thư về công tác ngoại giao kinh tế giai đoạn 2023-2026; Kế hoạch số 132/KH-UBND"
                                + " ngày 4/5/2023 về triển khai Chiến lược Ngoại giao văn hóa trên địa bàn tỉnh Bắc Giang đến"
                                + " năm 2030.")
                .contains("Có 03 nhiệm vụ được giao đến hạn hoàn thành trong 8 tháng năm 2023, trong đó 01 nhiệm vụ"
                        + " hoàn thành đúng hạn; tính đến ngày 31/8/2023, còn 01 nhiệm vụ quá hạn chưa hoàn thành.")
                .contains("đã tổ chức 01 lớp tập huấn, bồi dưỡng nghiệp vụ đối ngoại với 120 học viên")
                .contains("thỏa thuận quốc tế đang có hiệu lực (gồm 07 thỏa thuận cấp tỉnh và 09 thỏa thuận cấp sở,"
                        + " ngành)")
                // the scheme of 2022 is not of the period
                .doesNotContain("12/ĐA-UBND");
        assertThat(ZERO.matcher(word).find()).as(word).isFalse();
        try (PDDocument pdf = Loader.loadPDF(bytes("/api/v1/reports/summary.pdf" + BAC_GIANG))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(phrases);
        }
        assertThat(wordText(bytes("/api/v1/reports/summary.docx" + BAC_GIANG + "&lang=en")))
                .contains("In the first 8 months of 2023")
                .contains("issued 2 policy documents on foreign affairs: Plan No. 85/KH-UBND of 15 March 2023 on"
                        + " “Thực hiện Chỉ thị số 15-CT/TW")
                .contains("3 tasks assigned by policy documents fell due")
                .contains("1 of them done on time")
                .contains("as of 31 August 2023, 1 task was overdue and not done")
                .contains("1 training course on foreign affairs for 120 trainees")
                .contains("7 at provincial level and 9 at agency level");
    }

    @Test
    void aPeriodWithOnlyAnOverdueTaskWritesNoZeroAndManyDocumentsAreNamedUpToThirty() throws Exception {
        List<Map<String, Object>> documents = new ArrayList<>();
        documents.add(DirectionFixtures.document(
                "r13-rep-old",
                AGENCY,
                "1/KH-SNGV",
                "2022-11-20",
                List.of(task("r13-rep-old-1", AGENCY, "Việc còn dở", "2023-02-01", null))));
        for (int i = 1; i <= DirectionReportSection.NAMED + 1; i++) {
            documents.add(DirectionFixtures.document(
                    "r13-rep-many-" + i, AGENCY, i + "/TB-SNGV", String.format("2024-01-%02d", i), List.of()));
        }
        api.importDataset(json.writeValueAsString(Map.of("format", "doingoai-dataset/1", "documents", documents)));

        String quarter =
                wordText(bytes("/api/v1/reports/summary.docx?unit=" + AGENCY + "&from=2023-01-01&to=2023-03-31"));
        assertThat(quarter)
                .contains("Có 01 nhiệm vụ được giao đến hạn hoàn thành trong quý I năm 2023; tính đến ngày 31/3/2023,"
                        + " còn 01 nhiệm vụ quá hạn chưa hoàn thành.")
                .doesNotContain("ban hành", "đúng hạn", "ĐÀO TẠO", "tập huấn");
        assertThat(ZERO.matcher(quarter).find()).as(quarter).isFalse();

        String year = wordText(bytes("/api/v1/reports/summary.docx?unit=" + AGENCY + "&from=2024-01-01&to=2024-12-31"));
        assertThat(year)
                .contains("đã ban hành 31 văn bản chỉ đạo, điều hành về công tác đối ngoại: Kế hoạch số 1/TB-SNGV ngày"
                        + " 1/1/2024 về triển khai công tác đối ngoại r13-rep-many-1; ")
                .contains("Kế hoạch số 30/TB-SNGV ngày 30/1/2024")
                .contains("và 1 văn bản khác.")
                .doesNotContain("31/TB-SNGV");
    }

    @Test
    void aTitleFollowsVeAsTheReportsWriteIt() {
        assertThat(DirectionReportSection.about("Triển khai hoạt động đối ngoại"))
                .isEqualTo("triển khai hoạt động đối ngoại");
        assertThat(DirectionReportSection.about("Về việc ban hành Đề án phát triển du lịch"))
                .isEqualTo("việc ban hành Đề án phát triển du lịch");
        assertThat(DirectionReportSection.about("V/v tăng cường quản lý đoàn ra"))
                .isEqualTo("tăng cường quản lý đoàn ra");
        assertThat(DirectionReportSection.about("Chương trình Xúc tiến đầu tư"))
                .isEqualTo("chương trình Xúc tiến đầu tư");
        assertThat(DirectionReportSection.about("Bắc Giang hướng tới năm 2030"))
                .isEqualTo("Bắc Giang hướng tới năm 2030");
        assertThat(DirectionReportSection.about("ODA và vốn vay ưu đãi")).isEqualTo("ODA và vốn vay ưu đãi");
        assertThat(DirectionReportSection.about("Xay Sổm Bun")).isEqualTo("Xay Sổm Bun");
    }

    private byte[] bytes(String url) throws Exception {
        return api.get(url).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String wordText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : doc.getParagraphs()) {
                text.append(p.getText()).append('\n');
            }
            return text.toString();
        }
    }
}
