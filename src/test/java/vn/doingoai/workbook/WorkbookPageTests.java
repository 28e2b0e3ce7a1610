package vn.doingoai.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.support.Api;

/**
 * The dataset page takes workbooks: it checks and imports them in the background while it shows
 * how far they have come, lists a refused workbook's problems by cell, and gives the workbook back
 * with them marked (unit 62, Kon Tum).
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkbookPageTests {

    static final Pattern JOB = Pattern.compile("/dataset/jobs/([0-9a-f-]{36})");
    static final Pattern PERCENT = Pattern.compile("id=\"dataset-job-progress\"[^>]*value=\"(\\d+)\"");
    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

    final UserRequestPostProcessor admin = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void aLongImportShowsItsProgressUntilItIsDone() throws Exception {
        Api api = new Api(mvc, json);
        XSSFWorkbook workbook = Sheets.open(template(api, "pressVisits"));
        Sheet sheet = workbook.getSheet("pressVisits");
        int rows = 3_000;
        for (int r = 3; r < 3 + rows; r++) {
            Sheets.put(sheet, r, "ref", "pg62-" + r);
            Sheets.put(sheet, r, "unit", "62");
            Sheets.put(sheet, r, "startDate", LocalDate.of(2022, 1, 1).plusDays(r % 300));
            Sheets.put(sheet, r, "countries", "Nhật Bản");
            Sheets.put(sheet, r, "members", 2);
        }
        List<Integer> seen = new ArrayList<>();
        String checked = finish(upload("bao-chi.xlsx", Sheets.bytes(workbook)), seen);
        assertThat(checked).contains("dataset-result").contains("3.000").contains("100%");
        Matcher token = TOKEN.matcher(checked);
        assertThat(token.find()).isTrue();
        assertThat(api.json(api.get("/api/v1/press-visits?unit=62"))
                        .get("total")
                        .asInt())
                .as("the check saves nothing")
                .isZero();

        String page = mvc.perform(post("/dataset/import")
                        .param("token", token.group(1))
                        .param("fileName", "bao-chi.xlsx")
                        .header("HX-Request", "true")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> importing = new ArrayList<>();
        String imported = finish(page, importing);
        assertThat(imported)
                .contains("dataset-job-done")
                .contains("3.000/3.000")
                .contains("100%");
        assertThat(api.json(api.get("/api/v1/press-visits?unit=62"))
                        .get("total")
                        .asInt())
                .isEqualTo(rows);
        assertThat(seen)
                .as("the progress shown while it was checked")
                .isNotEmpty()
                .isSorted();
        assertThat(importing)
                .as("the progress shown while it was imported")
                .isNotEmpty()
                .isSorted();
        assertThat(seen).allMatch(p -> p >= 0 && p < 100);
        assertThat(importing).allMatch(p -> p >= 0 && p < 100);
    }

    @Test
    void aRefusedWorkbookIsListedByCellAndComesBackMarked() throws Exception {
        Api api = new Api(mvc, json);
        XSSFWorkbook workbook = Sheets.open(template(api, "delegations"));
        Sheet sheet = workbook.getSheet("delegations");
        for (int r = 3; r <= 4; r++) {
            Sheets.put(sheet, r, "ref", "pg62-d" + r);
            Sheets.put(sheet, r, "unit", "62");
            Sheets.put(sheet, r, "direction", "Đoàn vào");
            Sheets.put(sheet, r, "title", "Đoàn khách Lào " + r);
            Sheets.put(sheet, r, "startDate", "10/05/2024");
        }
        Sheets.put(sheet, 4, "endDate", "01/05/2024");
        String endDate = WorkbookImportTests.letter(sheet, "endDate");
        String first = upload("doan-vao.xlsx", Sheets.bytes(workbook));
        Matcher job = JOB.matcher(first);
        assertThat(job.find()).isTrue();
        String page = finish(first, new ArrayList<>());
        assertThat(page)
                .contains("dataset-cell-problems")
                .contains("<code>" + endDate + "4</code>")
                .contains("delegations[1].endDate")
                .contains("Ngày kết thúc phải sau ngày bắt đầu");

        mvc.perform(get("/dataset/jobs/" + job.group(1))
                        .with(user("wb-page-other").roles("ADMIN")))
                .andExpect(status().is4xxClientError());
        byte[] marked = mvc.perform(
                        get("/dataset/jobs/" + job.group(1) + "/marked").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExcelExport.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook back = Sheets.open(marked)) {
            Sheet delegations = back.getSheet("delegations");
            XSSFCell bad = (XSSFCell) delegations.getRow(3).getCell(Sheets.column(delegations, "endDate"));
            assertThat(bad.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(bad.getCellComment().getString().getString()).contains("Ngày kết thúc phải sau ngày bắt đầu");
            XSSFCell good = (XSSFCell) delegations.getRow(2).getCell(Sheets.column(delegations, "endDate"));
            assertThat(good == null || good.getCellComment() == null).isTrue();
            assertThat(delegations
                            .getRow(3)
                            .getCell(Sheets.column(delegations, "title"))
                            .getStringCellValue())
                    .as("the officer's values are kept")
                    .isEqualTo("Đoàn khách Lào 4");
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsSaidSoOnThePage() throws Exception {
        String page = finish(upload("bang-tinh.xlsx", "chỉ là một tệp văn bản".getBytes()), new ArrayList<>());
        assertThat(page)
                .contains("alert-danger")
                .contains("không phải sổ Excel")
                .doesNotContain("dataset-marked");
    }

    private String upload(String name, byte[] body) throws Exception {
        return mvc.perform(multipart("/dataset/check")
                        .file(new MockMultipartFile("file", name, ExcelExport.XLSX.toString(), body))
                        .header("HX-Request", "true")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Polls a background import as the page does until it is over; collects the progress shown meanwhile. */
    private String finish(String page, List<Integer> seen) throws Exception {
        Matcher job = JOB.matcher(page);
        assertThat(job.find()).as(page).isTrue();
        long deadline = System.currentTimeMillis() + 120_000;
        String current = page;
        while (current.contains("id=\"dataset-job\"") && System.currentTimeMillis() < deadline) {
            Matcher percent = PERCENT.matcher(current);
            if (percent.find()) {
                seen.add(Integer.parseInt(percent.group(1)));
            }
            Thread.sleep(20);
            current = mvc.perform(get("/dataset/jobs/" + job.group(1))
                            .header("HX-Request", "true")
                            .with(admin))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        }
        assertThat(current).doesNotContain("id=\"dataset-job\"");
        return current;
    }

    private static byte[] template(Api api, String section) throws Exception {
        return api.get("/api/v1/templates/" + section + ".xlsx")
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
