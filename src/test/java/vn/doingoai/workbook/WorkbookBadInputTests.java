package vn.doingoai.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.dataset.ImportProgress;
import vn.doingoai.support.Api;

/**
 * What is not a workbook, or not one to import, is a clear 400 problem: never a 500, never an
 * ERROR in the log. Nothing here is imported (unit 58).
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkbookBadInputTests extends WorkbookTesting {

    @Autowired
    Workbooks workbooks;

    @AfterEach
    void noErrorLogged(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void aBodyThatIsNoWorkbook() throws Exception {
        assertThat(problem("just a text file named .xlsx".getBytes(StandardCharsets.UTF_8)))
                .contains("không phải sổ Excel");
        assertThat(problem("%PDF-1.4 a signed document".getBytes(StandardCharsets.UTF_8)))
                .contains("PDF");
        assertThat(problem(new byte[0])).contains("không phải sổ Excel");
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("delegations");
            assertThat(problem(Sheets.bytes(old))).contains(".xls");
        }
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Báo cáo");
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            document.write(docx);
            assertThat(problem(docx.toByteArray())).contains("không phải sổ Excel");
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(problem(zip.toByteArray())).contains("không phải sổ Excel");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        Path template = Files.createTempFile("template", ".xlsx");
        Files.write(template, calls.template("delegations"));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(template.toFile());
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(
                            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                                    .getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
            }
        } finally {
            Files.delete(template);
        }
        assertThat(bomb.size()).isLessThan(200_000);
        assertThat(problem(bomb.toByteArray())).contains("giải nén ra quá lớn");
    }

    @Test
    void headingsThatNameNoFieldAreNamed() throws Exception {
        XSSFWorkbook workbook = Sheets.open(calls.template("delegations"));
        Sheet sheet = workbook.getSheet("delegations");
        int last = sheet.getRow(0).getLastCellNum();
        sheet.getRow(0).createCell(last + 1).setCellValue("Ghi chú riêng [privateNote]");
        sheet.getRow(0).createCell(last + 2).setCellValue("Tên đoàn, nội dung");
        Sheets.put(sheet, 3, "ref", "bad58-1");
        JsonNode errors = errors(Sheets.bytes(workbook));
        assertThat(WorkbookImportTests.fields(errors))
                .containsExactly("delegations @ " + column(last + 1) + "1", "delegations @ " + column(last + 2) + "1");
        assertThat(errors.get(0).get("message").asString()).contains("Ghi chú riêng [privateNote]");
        assertThat(errors.get(1).get("message").asString())
                .contains("Tên đoàn, nội dung")
                .contains(WorkbookImportTests.letter(sheet, "title"));
    }

    @Test
    void aWorkbookWithNothingToImport() throws Exception {
        assertThat(problem(calls.template("delegations")))
                .as("the example row alone")
                .contains("không có dòng dữ liệu");
        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("ref");
            other.getSheet("Sheet1").createRow(1).createCell(0).setCellValue("x1");
            assertThat(problem(Sheets.bytes(other)))
                    .contains("không có trang tính nào mang tên một phần dữ liệu")
                    .contains("delegations");
        }
        try (XSSFWorkbook none = new XSSFWorkbook()) {
            assertThat(problem(Sheets.bytes(none))).contains("không có trang tính nào");
        }
    }

    @Test
    void rowsAndCellsAreCountedAgainstLimits() throws Exception {
        XSSFWorkbook workbook = Sheets.open(calls.template("pressVisits"));
        Sheet sheet = workbook.getSheet("pressVisits");
        for (int r = 3; r < 33; r++) {
            Sheets.put(sheet, r, "ref", "limit58-" + r);
            Sheets.put(sheet, r, "unit", "58");
            Sheets.put(sheet, r, "startDate", "01/04/2021");
        }
        Path file = Files.createTempFile("limits", ".xlsx");
        Files.write(file, Sheets.bytes(workbook));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        Api.ADMIN, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            assertThat(workbooks
                            .read(file, new ImportProgress(), WorkbookReader.Limits.DEFAULT)
                            .document()
                            .get("pressVisits"))
                    .hasSize(30);
            assertThatThrownBy(() ->
                            workbooks.read(file, new ImportProgress(), new WorkbookReader.Limits(20, 1000, 10_000)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).message()).contains("20"));
            assertThatThrownBy(() ->
                            workbooks.read(file, new ImportProgress(), new WorkbookReader.Limits(1000, 10, 10_000)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).message()).isEqualTo("workbook.tooLarge"));
            assertThatThrownBy(
                            () -> workbooks.read(file, new ImportProgress(), new WorkbookReader.Limits(1000, 1000, 50)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).message()).isEqualTo("workbook.tooLarge"));
        } finally {
            SecurityContextHolder.clearContext();
            Files.delete(file);
        }
    }

    @Test
    void anUnknownSectionHasNoTemplate() throws Exception {
        api.get("/api/v1/templates/nothing.xlsx")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    // ---- helpers

    private JsonNode errors(byte[] body) throws Exception {
        return api.json(api.perform(post("/api/v1/dataset")
                                .contentType(ExcelExport.XLSX)
                                .content(body))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)))
                .get("errors");
    }

    /** The message of the one problem of a body (at {@code body}). */
    private String problem(byte[] body) throws Exception {
        JsonNode errors = errors(body);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("body");
        return errors.get(0).get("message").asString();
    }

    private static String column(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }
}
