package vn.doingoai.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;
import vn.doingoai.support.Browser;

/**
 * An admin's backup page in a browser: the download is a backup, the restore form sends the zip
 * and shows the answer (here: the installation holds records); the dataset page refuses a file
 * over 50 MB before sending it. Unit 75.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupJourneyTests {

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

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anAdminDownloadsABackupAndCannotRestoreItOverRecords() throws Exception {
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/api/v1/agreements"))
                                .header("Authorization", basic)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"unit\":\"75\",\"level\":\"PROVINCE\",\"title\":\"Backup journey\",\"status\":\"PROPOSED\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);

        Page page = browser.newPage();
        Browser.login(page, base(), Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(base() + "/");
        page.locator("nav a.dropdown-toggle", new Page.LocatorOptions().setHasText("Quản trị"))
                .click();
        page.locator("a[href='/backup']").click();
        assertThat(page.locator("h1")).hasText("Sao lưu và khôi phục");

        Download download = page.waitForDownload(
                () -> page.locator("a[href='/api/v1/backup']").click());
        Path zip = Path.of("target", "backup-journey.zip");
        download.saveAs(zip);
        try (ZipFile backup = new ZipFile(zip.toFile())) {
            assertThat(backup.getEntry("backup.json")).isNotNull();
        }

        page.locator("#backup-file").setInputFiles(zip);
        page.locator("form[data-raw-upload] button[type=submit]").click();
        assertThat(page.locator("#backup-outcome .alert-warning")).containsText("đã có bản ghi");
    }

    @Test
    void theDatasetPageRefusesAFileOverTheLimitBeforeSendingIt() throws Exception {
        Path big = Path.of("target", "dataset-too-large.json");
        Files.write(big, new byte[51 * 1024 * 1024]);
        Page page = browser.newPage();
        Browser.login(page, base(), Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(base() + "/dataset");
        AtomicInteger checks = new AtomicInteger();
        page.onRequest(request -> {
            if (request.url().contains("/dataset/check")) {
                checks.incrementAndGet();
            }
        });
        page.locator("#file").setInputFiles(big);
        assertThat((Boolean) page.locator("#file").evaluate("input => input.validity.valid"))
                .isFalse();
        page.locator("main form[action*='/dataset/check'] button[type=submit]").click();
        page.waitForTimeout(500);
        assertThat(checks.get()).isZero();
        Files.delete(big);
    }
}
