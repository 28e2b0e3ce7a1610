package vn.doingoai.workbook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;
import vn.doingoai.support.Browser;

/**
 * An officer's way with Excel, in a browser: the template from the delegations list, filled in;
 * the dataset page shows the refused workbook's problems by cell and gives it back marked; the
 * corrected workbook is checked and imported with its progress shown. Unit 79.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbookJourneyTests {

    static final double WAIT = 60_000;

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aTemplateFilledInIsCorrectedFromItsMarkedCopyAndImported() throws Exception {
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Browser.login(page, base, Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(base + "/delegations");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journey-list.png")));
        Download template =
                page.waitForDownload(() -> page.locator("#template-delegations").click());
        Path downloaded = Path.of("target", "journey-delegations.xlsx");
        template.saveAs(downloaded);

        XSSFWorkbook workbook = Sheets.open(Files.readAllBytes(downloaded));
        Sheet sheet = workbook.getSheet("delegations");
        for (int r = 3; r <= 5; r++) {
            Sheets.put(sheet, r, "ref", "journey79-" + r);
            Sheets.put(sheet, r, "unit", "Thành phố Hồ Chí Minh");
            Sheets.put(sheet, r, "direction", "Đoàn ra");
            Sheets.put(sheet, r, "title", "Đoàn xúc tiến thương mại " + r);
            Sheets.put(sheet, r, "countries", "Nhật Bản");
            Sheets.put(sheet, r, "startDate", "0" + r + "/06/2024");
        }
        Sheets.put(sheet, 4, "endDate", "01/06/2024");
        Path bad = Path.of("target", "journey-bad.xlsx");
        Files.write(bad, Sheets.bytes(workbook));

        page.navigate(base + "/dataset");
        page.locator("#file").setInputFiles(bad);
        page.locator("form[action='/dataset/check'] button[type=submit]").click();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journey-progress.png")));
        assertThat(page.locator("#dataset-cell-problems"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT));
        String endDate = WorkbookImportTests.letter(sheet, "endDate");
        assertThat(page.locator("#dataset-cell-problems tbody tr")).hasCount(1);
        assertThat(page.locator("#dataset-cell-problems tbody tr td").nth(1)).hasText(endDate + "4");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "journey-problems.png"))
                .setFullPage(true));
        Download marked =
                page.waitForDownload(() -> page.locator("#dataset-marked").click());
        try (XSSFWorkbook back = Sheets.open(Files.readAllBytes(marked.path()))) {
            Sheet delegations = back.getSheet("delegations");
            assertThat(delegations
                            .getRow(3)
                            .getCell(Sheets.column(delegations, "endDate"))
                            .getCellStyle()
                            .getFillForegroundColor())
                    .isEqualTo(IndexedColors.RED.getIndex());
        }

        Sheets.put(sheet, 4, "endDate", "08/06/2024");
        Path good = Path.of("target", "journey-good.xlsx");
        Files.write(good, Sheets.bytes(workbook));
        page.navigate(base + "/dataset");
        page.locator("#file").setInputFiles(good);
        page.locator("form[action='/dataset/check'] button[type=submit]").click();
        assertThat(page.locator("#dataset-result"))
                .containsText("tạo mới 3", new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT));
        page.locator("#dataset-result button[type=submit]").click();
        assertThat(page.locator("#dataset-result"))
                .containsText("Đã nhập: tạo mới 3", new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT));
        assertThat(page.locator("#dataset-job-done")).containsText("100%");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "journey-imported.png"))
                .setFullPage(true));
        page.navigate(base + "/delegations?unit=79");
        assertThat(page.locator("#list-total")).hasAttribute("data-total", "3");
    }
}
