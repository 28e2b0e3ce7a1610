package vn.doingoai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
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
 * Every text of the pages is readable (WCAG AA, 4.5:1), measured on the colours Chromium computes:
 * the menu, lists, a record's page, the report, the dashboard, an error page. And the dashboard's
 * chart axes write numbers the page language's way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "doingoai.demo=true")
class ContrastTests {

    /**
     * For each visible element with text of its own: its colour over the background it sits on
     * (the first ancestor with a background colour, blended over white), and the contrast ratio.
     * Disabled controls are exempt (WCAG 1.4.3).
     */
    static final String LOW_CONTRAST =
            """
            () => {
              const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return [255,255,255,1];
                const p = m[1].split(',').map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
              const blend = (top, under) => { const a = top[3];
                return [0,1,2].map(i => top[i] * a + under[i] * (1 - a)).concat([1]); };
              const lum = c => { const s = c.slice(0,3).map(v => { v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2]; };
              const background = el => { const layers = [];
                for (let e = el; e; e = e.parentElement) { const s = getComputedStyle(e);
                  // a table row's stripe or hover is an inset shadow over the cell's background
                  const shade = s.boxShadow && s.boxShadow.includes('inset') ? parse(s.boxShadow) : [0,0,0,0];
                  if (shade[3] > 0) layers.push(shade);
                  const b = parse(s.backgroundColor);
                  if (b[3] > 0) { layers.push(b); if (b[3] >= 1) break; } }
                let c = [255,255,255,1]; for (let i = layers.length - 1; i >= 0; i--) c = blend(layers[i], c); return c; };
              const out = [];
              for (const el of document.querySelectorAll('body *')) {
                const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
                if (!own) continue;
                const style = getComputedStyle(el); const box = el.getBoundingClientRect();
                if (style.visibility !== 'visible' || box.width === 0 || box.height === 0) continue;
                if (el.closest('.visually-hidden, .visually-hidden-focusable, [disabled], .disabled, [hidden], script, style, noscript')) continue;
                const bg = background(el); const fg = blend(parse(style.color), bg);
                const l1 = lum(fg), l2 = lum(bg);
                const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                if (ratio < 4.5) out.push(ratio.toFixed(2) + ' ' + el.tagName + '.' + el.className + ' "'
                    + el.textContent.trim().slice(0, 40) + '" ' + style.color + ' on ' + bg.slice(0,3).join(','));
              }
              return out;
            }
            """;

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
    void everyTextOfThePagesHasAContrastOfAtLeastFourAndAHalf() {
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        page.navigate(base + "/login");
        List<String> problems = new ArrayList<>(check(page, "/login"));
        Browser.login(page, base, Api.ADMIN, Api.ADMIN_PASSWORD);
        for (String path : List.of(
                "/",
                "/partners",
                "/partners?q=no-such-partner",
                "/delegations",
                "/investments",
                "/consular/entry-approvals",
                "/reports",
                "/reports/national",
                "/partners/987654321",
                "/?lang=en")) {
            page.navigate(base + path);
            problems.addAll(check(page, path));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/contrast" + path.replaceAll("[^A-Za-z0-9]+", "-") + ".png"))
                    .setFullPage(true));
        }
        page.navigate(base + "/investments");
        page.locator("#results table a").first().click();
        problems.addAll(check(page, page.url()));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/contrast-investment.png"))
                .setFullPage(true));
        page.navigate(base + "/reports");
        page.locator("#report-figures table a").first().click();
        problems.addAll(check(page, page.url()));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/contrast-drill.png"))
                .setFullPage(true));
        page.navigate(base + "/");
        page.locator("nav .dropdown-toggle").first().click();
        problems.addAll(check(page, "/ (menu open)"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/menu.png")));
        assertThat(problems).isEmpty();
    }

    @Test
    void chartAxesWriteNumbersThePageLanguagesWay() {
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Browser.login(page, base, Api.ADMIN, Api.ADMIN_PASSWORD);
        page.navigate(base + "/");
        String script = "() => { const el = document.querySelector('.dashboard-chart');"
                + " const f = echarts.getInstanceByDom(el).getOption().yAxis[0].axisLabel.formatter;"
                + " return f(5000000) + ' ' + f(1234.5); }";
        assertThat(page.evaluate(script)).isEqualTo("5.000.000 1.234,5");
        page.navigate(base + "/?lang=en");
        assertThat(page.evaluate(script)).isEqualTo("5,000,000 1,234.5");
    }

    @SuppressWarnings("unchecked")
    private static List<String> check(Page page, String path) {
        return ((List<String>) page.evaluate(LOW_CONTRAST))
                .stream().map(p -> path + ": " + p).toList();
    }
}
