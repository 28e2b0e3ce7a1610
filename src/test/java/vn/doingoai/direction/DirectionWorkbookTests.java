package vn.doingoai.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The Excel templates of the sections {@code documents} and {@code trainings}: headings and kinds in
 * words, no column for what a person does not write (the signed file, the tasks' ids), and a filled
 * template imported with a document's tasks, one a line. Tây Ninh's agency of this test (80).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectionWorkbookTests {

    static final String AGENCY = "80-R13W";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        DirectionFixtures.unit(api, AGENCY, "80", "AGENCY", "Sở Ngoại vụ Tây Ninh (Excel R13)");
    }

    @Test
    void theTemplatesNameTheirColumnsAndAFilledOneImportsTheTasks() throws Exception {
        XSSFWorkbook documents = template("documents");
        Sheet sheet = documents.getSheet("documents");
        List<String> headings = headings(sheet);
        assertThat(headings)
                .anySatisfy(h -> assertThat(h).startsWith("Loại văn bản").endsWith("[kind]"))
                .anySatisfy(h -> assertThat(h).startsWith("Số, ký hiệu").endsWith("[number]"))
                .anySatisfy(h -> assertThat(h).startsWith("Ngày ban hành").endsWith("[issuedOn]"))
                .anySatisfy(h -> assertThat(h)
                        .startsWith("Nhiệm vụ (mỗi dòng một nhiệm vụ)")
                        .endsWith("[tasks]"))
                .noneSatisfy(h -> assertThat(h).endsWith("[file]"));
        StringBuilder lists = new StringBuilder();
        documents.forEach(
                s -> s.forEach(r -> r.forEach(c -> lists.append(c.toString()).append('|'))));
        assertThat(lists.toString()).contains("Kế hoạch|").contains("Đề án|").doesNotContain("|PLAN|");
        assertThat(lists.toString()).doesNotContain("[tasks.id]");

        put(sheet, headings, 3, "ref", "r13-wb-k1");
        put(sheet, headings, 3, "unit", AGENCY);
        put(sheet, headings, 3, "kind", "Kế hoạch");
        put(sheet, headings, 3, "number", "15/KH-SNGV");
        put(sheet, headings, 3, "issuedOn", LocalDate.of(2023, 3, 15));
        put(sheet, headings, 3, "title", "Tổ chức tập huấn công tác đối ngoại");
        put(
                sheet,
                headings,
                3,
                "tasks",
                "r13-wb-k1-1; " + AGENCY + "; Xây dựng tài liệu; 30/06/2023\n" + "r13-wb-k1-2; " + AGENCY
                        + "; Mở lớp; 31/7/2023; 25/07/2023");
        JsonNode result =
                api.json(api.perform(post("/api/v1/dataset").contentType(XLSX).content(bytes(documents)))
                        .andExpect(status().isOk()));
        assertThat(result.get("created").asInt()).isEqualTo(1);
        JsonNode imported = api.json(api.get("/api/v1/documents?unit=" + AGENCY + "&q=15/KH-SNGV"))
                .get("items")
                .get(0);
        assertThat(imported.get("kind").asString()).isEqualTo("PLAN");
        assertThat(imported.get("issuedOn").asString()).isEqualTo("2023-03-15");
        assertThat(imported.get("tasks")).hasSize(2);
        assertThat(imported.get("tasks").get(1).get("dueOn").asString()).isEqualTo("2023-07-31");
        assertThat(imported.get("tasks").get(1).get("doneOn").asString()).isEqualTo("2023-07-25");

        XSSFWorkbook trainings = template("trainings");
        assertThat(headings(trainings.getSheet("trainings")))
                .anySatisfy(h -> assertThat(h).startsWith("Tên lớp").endsWith("[title]"))
                .anySatisfy(h -> assertThat(h).startsWith("Số học viên").endsWith("[trainees]"));
    }

    private XSSFWorkbook template(String section) throws Exception {
        byte[] body = api.get("/api/v1/templates/" + section + ".xlsx")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    private static List<String> headings(Sheet sheet) {
        List<String> headings = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
        return headings;
    }

    /** Puts a value at the row (numbered as Excel shows it) in the column of {@code field}. */
    private static void put(Sheet sheet, List<String> headings, int row, String field, Object value) {
        int column = -1;
        for (int c = 0; c < headings.size(); c++) {
            if (headings.get(c).endsWith("[" + field + "]")) {
                column = c;
            }
        }
        assertThat(column).as(field).isNotNegative();
        Row r = sheet.getRow(row - 1) == null ? sheet.createRow(row - 1) : sheet.getRow(row - 1);
        Cell cell = r.createCell(column);
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            CellStyle style = sheet.getWorkbook().createCellStyle();
            style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
            cell.setCellStyle(style);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
