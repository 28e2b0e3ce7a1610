package vn.doingoai.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;
import vn.doingoai.support.Browser;

/**
 * The pages work under their Content-Security-Policy, in Chromium: htmx, Bootstrap and the charts
 * from /webjars, the confirmations that replaced inline handlers, Swagger UI; no violation in the
 * console. The demo data gives the pages something to show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "doingoai.demo=true")
class ContentSecurityPolicyTests {

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
    void thePagesWorkWithNoViolationOfTheirPolicy() {
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")
                    || m.text().contains("Content Security Policy")) {
                problems.add(page.url() + ": " + m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                problems.add(r.status() + " " + r.url());
            }
        });
        page.onPageError(e -> problems.add(page.url() + ": " + e));
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });

        Browser.login(page, base, Api.ADMIN, Api.ADMIN_PASSWORD);
        // the dashboard's charts (ECharts from /webjars, drawn by /js/charts.js)
        assertThat(page.locator(".dashboard-chart canvas").first()).isVisible();
        // a Bootstrap drop-down menu
        page.locator("a.dropdown-toggle").first().click();
        assertThat(page.locator(".dropdown-menu.show")).isVisible();

        // an htmx filter replaces the results
        page.navigate(base + "/partners");
        page.locator("#filters input[name=q]").fill("xay som bun");
        page.locator("#filters button[type=submit]").click();
        assertThat(page.locator("#results").first()).containsText("Xay Sổm Bun");

        // a delete asks first (data-confirm in /js/app.js); dismissed, nothing is deleted
        page.locator("#results a[href^='/partners/']").first().click();
        page.waitForURL(url -> url.matches(".*/partners/\\d+$"));
        String partnerPage = page.url();
        page.locator("form[data-confirm] button[type=submit]").click();
        org.assertj.core.api.Assertions.assertThat(dialogs).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(partnerPage);

        // the indicator grid sends its form when the unit changes (data-submit-on-change)
        page.navigate(base + "/indicators/entry?unit=19");
        page.locator("select#unit").selectOption("24");
        page.waitForURL(url -> url.contains("unit=24"));
        page.navigate(base + "/exchange-rates");
        assertThat(page.locator("h1")).isVisible();
        page.navigate(base + "/reports");
        assertThat(page.locator("h1").first()).isVisible();

        // Swagger UI, public and under the same policy
        page.navigate(base + "/swagger-ui/index.html");
        assertThat(page.locator(".swagger-ui .info").first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(60_000));

        org.assertj.core.api.Assertions.assertThat(problems)
                .as("errors and policy violations in the console")
                .isEmpty();
    }
}
