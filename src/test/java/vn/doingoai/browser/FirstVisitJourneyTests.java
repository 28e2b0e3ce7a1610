package vn.doingoai.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;
import vn.doingoai.support.Browser;

/** A newcomer's first visit, in a real browser: log in, see the dashboard, switch to English, search. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "doingoai.demo=true")
class FirstVisitJourneyTests {

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
    void logInSeeTheDashboardSwitchToEnglishAndSearch() {
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        page.navigate(base + "/");
        assertThat(page).hasURL(base + "/login");
        assertThat(page.locator("h1")).hasText("Đăng nhập");

        page.locator("#username").fill("admin");
        page.locator("#password").fill("wrong password");
        page.locator("form button[type=submit]").click();
        assertThat(page.locator(".alert-danger")).isVisible();

        java.util.List<String> failed = new java.util.ArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().contains("/login")) {
                failed.add(r.status() + " " + r.url());
            }
        });
        Browser.login(page, base, Api.ADMIN, Api.ADMIN_PASSWORD);
        assertThat(page.locator("h1").first()).hasText("Tổng quan");
        assertThat(page.locator("nav")).containsText("admin");
        assertThat(page.locator(".dashboard-chart canvas").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/dashboard.png"))
                .setFullPage(true));
        page.navigate(base + "/reports/national");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/national.png"))
                .setFullPage(true));
        page.navigate(base + "/");

        page.getByText("English").click();
        assertThat(page.locator("h1").first()).hasText("Dashboard");
        page.navigate(base + "/partners");
        assertThat(page.locator("h1").first()).hasText("Partners");

        page.locator("#global-search").fill("xay som bun");
        page.locator("#global-search").press("Enter");
        assertThat(page.locator("#search-results")).containsText("Xay Sổm Bun");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/search.png"))
                .setFullPage(true));

        page.getByText("Tiếng Việt").click();
        assertThat(page.locator("h1").first()).hasText("Tìm kiếm");
        org.assertj.core.api.Assertions.assertThat(failed)
                .as("resources that failed to load")
                .isEmpty();
    }

    @Test
    void theDemoProvincesPublicSiteHasItsPublishedNewsAndNoDraft() {
        String base = "http://localhost:" + port;
        Page visitor = browser.newPage();
        visitor.navigate(base + "/p/24");
        assertThat(visitor.locator("main")).containsText("Ngày Hàn Quốc tại Bắc Ninh thu hút");
        assertThat(visitor.locator("main")).not().containsText("Dự thảo: Đoàn công tác");
        visitor.navigate(base + "/p/24?lang=en");
        assertThat(visitor.locator("main")).containsText("Bac Ninh and Xaisomboun (Laos) review");
    }
}
