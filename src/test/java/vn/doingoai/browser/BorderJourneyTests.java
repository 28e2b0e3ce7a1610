package vn.doingoai.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;
import vn.doingoai.support.Browser;

/**
 * The border as a new user takes it: an officer of Hà Tĩnh (unit 42, a border province) records that
 * its secondary gate closed and an incident at its main gate resolved two days later; the year's
 * report then shows one gate open and the incident resolved. An officer of Ninh Bình (unit 37, no
 * border) is not offered the border.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BorderJourneyTests {

    static Browser browser;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

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
    void aSecondaryGateClosesAndAnIncidentAtTheMainGateIsResolved() throws Exception {
        api(
                "POST",
                "/api/v1/dataset",
                """
                {"format": "doingoai-dataset/1",
                 "borderGates": [
                   {"ref": "bj42-main", "unit": "42", "name": "Cầu Treo Bj42", "kind": "MAIN", "country": "LA", "counterpart": "Nậm Phao"},
                   {"ref": "bj42-sec", "unit": "42", "name": "Kim Quang Bj42", "kind": "SECONDARY", "country": "LA"}]}""");
        api(
                "POST",
                "/api/v1/users",
                "{\"username\":\"bj-officer42\",\"password\":\"border-pw-42\",\"role\":\"OFFICER\",\"unit\":\"42\"}");
        api(
                "POST",
                "/api/v1/users",
                "{\"username\":\"bj-officer37\",\"password\":\"inland-pw-37\",\"role\":\"OFFICER\",\"unit\":\"37\"}");

        Page page = browser.newPage();
        Browser.login(page, base(), "bj-officer42", "border-pw-42");
        page.locator("nav")
                .getByText(
                        "Nhân dân, thông tin", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#nav-border").click();
        assertThat(page.locator("#gates-open")).hasText("2/2 đang mở");

        // the secondary gate closed on 1 March
        page.locator("a", new Page.LocatorOptions().setHasText("Kim Quang Bj42"))
                .click();
        page.locator("main a[href$='/edit']").click();
        page.locator("#closures0from").fill("2026-03-01");
        page.locator("#closures0reason").fill("Dừng hoạt động để nâng cấp hạ tầng");
        page.locator("main form button[type=submit].btn-primary").click();
        assertThat(page.locator("#gate-state")).hasText("Dừng hoạt động từ 01/03/2026");

        // an incident at the main gate, resolved two days later
        page.navigate(base() + "/border-incidents/new");
        page.locator("#unit").selectOption("42");
        page.locator("#gate").selectOption("bj42-main");
        page.locator("#date").fill("2026-05-10");
        page.locator("#resolvedOn").fill("2026-05-12");
        page.locator("#summary").fill("Công dân nước bạn nhập cảnh trái phép qua khu vực cửa khẩu Cầu Treo");
        page.locator("#resolution").fill("Đã trao trả qua cửa khẩu");
        page.locator("main form button[type=submit].btn-primary").click();
        assertThat(page.locator("#incident-state")).hasText("Đã giải quyết ngày 12/05/2026");

        page.navigate(base() + "/border");
        assertThat(page.locator("#gates-open")).hasText("1/2 đang mở");
        assertThat(page.locator("main")).containsText("Dừng hoạt động để nâng cấp hạ tầng");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/border.png"))
                .setFullPage(true));

        // the year's report
        page.navigate(base() + "/reports");
        page.locator("#unit").selectOption("42");
        page.locator("#kind").selectOption("year");
        page.locator("#year").selectOption("2026");
        page.locator("#report-filter button[type=submit]").click();
        assertThat(page.locator("tr[data-key='border.gates.open'] td").nth(1)).hasText("1");
        assertThat(page.locator("tr[data-key='border.incidents'] td").nth(1)).hasText("1");
        assertThat(page.locator("tr[data-key='border.incidents.resolved'] td").nth(1))
                .hasText("1");
        // the text of the report's border section, ready to edit: one gate open, the other closed, the incident
        // resolved
        assertThat(page.locator("#text-border-report-title"))
                .containsText("có 02 cửa khẩu, lối mở, trong đó 01 đang hoạt động, 01 tạm dừng hoạt động (cửa khẩu phụ"
                        + " Kim Quang Bj42 từ ngày 1/3/2026)");
        assertThat(page.locator("#text-border-report-title"))
                .containsText("trên tuyến biên giới phát sinh 01 vụ việc, đã giải quyết xong 01 vụ việc");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/border-report.png"))
                .setFullPage(true));

        // a province without a border is not offered it
        Page inland = browser.newPage();
        Browser.login(inland, base(), "bj-officer37", "inland-pw-37");
        assertThat(inland.locator("a[href='/letters']")).hasCount(1);
        assertThat(inland.locator("#nav-border")).hasCount(0);
        inland.navigate(base() + "/border-gates/new");
        assertThat(inland.locator("#no-border")).containsText("không thuộc tỉnh có biên giới");
        assertThat(inland.locator("#unit")).hasCount(0);
        inland.navigate(base() + "/border-gates");
        assertThat(inland.locator("main a[href='/border-gates/new']")).hasCount(0);
    }

    private void api(String method, String path, String body) throws Exception {
        String auth = Base64.getEncoder()
                .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isLessThan(300);
    }
}
