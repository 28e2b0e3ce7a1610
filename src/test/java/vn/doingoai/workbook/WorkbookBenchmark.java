package vn.doingoai.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.support.Api;

/**
 * Not a unit test (Surefire skips classes named *Benchmark*): a workbook of 20,000 delegations
 * (members, countries, dates), imported through {@code POST /api/v1/dataset}: the dry run and the
 * import timed, and the heap's peak while they run.
 *
 * <p>Run: {@code ./mvnw test -Dtest=WorkbookBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest.jvm= [-Dbench.rows=20000]}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkbookBenchmark {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void twentyThousandRows() throws Exception {
        int rows = Integer.getInteger("bench.rows", 20_000);
        Api api = new Api(mvc, json);
        byte[] template = api.get("/api/v1/templates/delegations.xlsx")
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] workbook;
        try (XSSFWorkbook base = Sheets.open(template)) {
            var sheet = base.getSheet("delegations");
            int[] c = {
                Sheets.column(sheet, "ref"),
                Sheets.column(sheet, "unit"),
                Sheets.column(sheet, "direction"),
                Sheets.column(sheet, "title"),
                Sheets.column(sheet, "countries"),
                Sheets.column(sheet, "startDate"),
                Sheets.column(sheet, "endDate"),
                Sheets.column(sheet, "members"),
                Sheets.column(sheet, "status")
            };
            try (SXSSFWorkbook big = new SXSSFWorkbook(base, 500)) {
                SXSSFSheet out = big.getSheet("delegations");
                CellStyle date = big.createCellStyle();
                date.setDataFormat(big.createDataFormat().getFormat("dd/mm/yyyy"));
                for (int r = 0; r < rows; r++) {
                    Row row = out.createRow(2 + r);
                    row.createCell(c[0]).setCellValue("bench70-" + r);
                    row.createCell(c[1]).setCellValue("Tỉnh Bình Phước");
                    row.createCell(c[2]).setCellValue(r % 3 == 0 ? "Đoàn vào" : "Đoàn ra");
                    row.createCell(c[3]).setCellValue("Đoàn công tác số " + r + " về hợp tác kinh tế");
                    row.createCell(c[4]).setCellValue(r % 2 == 0 ? "Hàn Quốc, Nhật Bản" : "Lào");
                    LocalDate start = LocalDate.of(2020, 1, 1).plusDays(r % 1800);
                    Cell s = row.createCell(c[5]);
                    s.setCellValue(start);
                    s.setCellStyle(date);
                    row.createCell(c[6]).setCellValue(start.plusDays(4).format(Values.DAY));
                    row.createCell(c[7])
                            .setCellValue("Nguyễn Văn " + r + " - Giám đốc - Sở Ngoại vụ\nTrần Thị " + r
                                    + " - Chuyên viên - Sở Công Thương");
                    row.createCell(c[8]).setCellValue("Đã thực hiện");
                }
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                big.write(bytes);
                big.dispose();
                workbook = bytes.toByteArray();
            }
        }
        System.out.printf("BENCH workbook of %,d rows: %,d bytes%n", rows, workbook.length);

        java.nio.file.Path file = java.nio.file.Files.createTempFile("bench", ".xlsx");
        java.nio.file.Files.write(file, workbook);
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        Api.ADMIN,
                        null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        System.gc();
        resetPeaks();
        long c0 = cpu();
        long r0 = System.nanoTime();
        JsonNode document =
                workbooks.read(file, new vn.doingoai.dataset.ImportProgress()).document();
        System.out.printf(
                "BENCH read into the document: %,d ms (cpu %,d ms), heap peak %,d MB%n",
                (System.nanoTime() - r0) / 1_000_000, (cpu() - c0) / 1_000_000, peakMb());
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        java.nio.file.Files.delete(file);
        c0 = cpu();
        r0 = System.nanoTime();
        api.perform(post("/api/v1/dataset?dryRun=true")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsBytes(document)))
                .andExpect(status().isOk());
        System.out.printf(
                "BENCH the same document as JSON, dry run: %,d ms (cpu %,d ms)%n",
                (System.nanoTime() - r0) / 1_000_000, (cpu() - c0) / 1_000_000);

        System.gc();
        resetPeaks();
        c0 = cpu();
        long t0 = System.nanoTime();
        JsonNode dry = api.json(api.perform(post("/api/v1/dataset?dryRun=true")
                        .contentType(ExcelExport.XLSX)
                        .content(workbook))
                .andExpect(status().isOk()));
        long dryMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(
                "BENCH dry run: %,d ms (cpu %,d ms), created %d, heap peak %,d MB%n",
                dryMs, (cpu() - c0) / 1_000_000, dry.get("created").asInt(), peakMb());
        c0 = cpu();
        System.gc();
        resetPeaks();
        t0 = System.nanoTime();
        JsonNode done = api.json(api.perform(
                        post("/api/v1/dataset").contentType(ExcelExport.XLSX).content(workbook))
                .andExpect(status().isOk()));
        long importMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(
                "BENCH import: %,d ms (cpu %,d ms, %,.0f rows/s), created %d, heap peak %,d MB, max heap %,d MB%n",
                importMs,
                (cpu() - c0) / 1_000_000,
                rows * 1000.0 / importMs,
                done.get("created").asInt(),
                peakMb(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        assertThat(done.get("created").asInt()).isEqualTo(rows);
    }

    @Autowired
    Workbooks workbooks;

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                / (1024 * 1024);
    }
}
