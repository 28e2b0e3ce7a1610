package vn.doingoai.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.NumberInputTests;
import vn.doingoai.support.Api;
import vn.doingoai.support.Browser;

/**
 * Data entry as an officer does it in Chromium (issue 10): amounts typed the Vietnamese way are
 * echoed as understood and saved exactly; a 10,000-character title gets a message beside the field
 * and is kept; a unit, a country and a partner are picked by typing part of a name without
 * diacritics. Unit 42 only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataEntryJourneyTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

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

    private Page admin() {
        Page page = browser.newPage();
        Browser.login(page, base(), Api.ADMIN, Api.ADMIN_PASSWORD);
        return page;
    }

    /**
     * Types into a picker (Tom Select) and takes the choice that contains {@code choice}. The text goes
     * into this picker's own search box (never into whatever has the focus, which on a busy machine may
     * still be the previous picker), and the pick is checked on the select itself; a click that landed
     * while the list was redrawn is tried again.
     */
    private static void pick(Page page, String id, String typed, String choice) {
        Locator control = page.locator(".ts-control:has(#" + id + "-ts-control)");
        Locator search = page.locator("#" + id + "-ts-control");
        Locator option = page.locator("#" + id + "-ts-dropdown .option", new Page.LocatorOptions().setHasText(choice));
        for (int attempt = 1; ; attempt++) {
            control.click();
            search.fill("");
            search.pressSequentially(typed);
            // Tom Select redraws its list a moment after the typing: click only once it shows what was typed
            page.waitForFunction(
                    SHOWS_WHAT_WAS_TYPED,
                    List.of(id, typed),
                    new Page.WaitForFunctionOptions().setTimeout(30_000)); // two builds at once: slow redraws
            try {
                option.first().click(new Locator.ClickOptions().setTimeout(5_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 3) {
                    throw e;
                }
                continue;
            } finally {
                page.keyboard().press("Escape");
            }
            if (chosen(page, id).contains(choice) || attempt == 3) {
                assertThat(chosen(page, id)).contains(choice);
                return;
            }
        }
    }

    /** The picker's list holds exactly the options whose folded text has every word typed (app.js's rule). */
    private static final String SHOWS_WHAT_WAS_TYPED =
            """
            ([id, typed]) => {
              const fold = window.doingoai.fold;
              const words = fold(typed).split(' ').filter(Boolean);
              const matching = Array.from(document.getElementById(id).options).filter(o => o.value
                  && words.every(w => (o.dataset.search || fold(o.text)).includes(w))).length;
              return matching > 0 && document.querySelectorAll('#' + id + '-ts-dropdown .option').length === matching;
            }""";

    /** The text of the option the select holds. */
    private static String chosen(Page page, String id) {
        return (String)
                page.locator("#" + id).evaluate("s => s.selectedOptions.length ? s.selectedOptions[0].text : ''");
    }

    @Test
    void amountsTypedTheVietnameseWayAreSavedExactly() throws Exception {
        Page page = admin();
        page.navigate(base() + "/investments/new");
        page.locator("#name").fill("Nhà máy linh kiện Hà Tĩnh");
        page.locator("#unit").selectOption("42");
        page.locator("#registeredOn").fill("2026-02-10");
        page.locator("#capitalAmount").pressSequentially("1.234,5");
        assertThat(page.locator("#capitalAmount-echo")).hasText("= 1.234,5 USD");
        page.locator("#adjustments0date").fill("2026-05-01");
        page.locator("#adjustments0amount").pressSequentially("12.500.000");
        assertThat(page.locator("#adjustments0amount-echo")).hasText("= 12.500.000");
        page.locator("[data-rows=adjustments] [data-add-row]").click();
        page.locator("#adjustments1date").fill("2026-07-01");
        page.locator("#adjustments1amount").pressSequentially("7,2");
        page.locator("#adjustments1currency").fill("eur");
        assertThat(page.locator("#adjustments1amount-echo")).hasText("= 7,2 EUR");
        page.locator("#workers").pressSequentially("1,234.5");
        assertThat(page.locator("#workers-echo")).containsText("lẫn hai kiểu");
        page.locator("#workers").fill("350");
        page.locator("main form button[type=submit].btn-primary").click();
        page.waitForURL(url -> url.matches(".*/investments/\\d+$"));

        JsonNode saved = get("/api/v1/investments/" + page.url().replaceAll(".*/", ""));
        assertThat(saved.get("capital").get("amount").decimalValue()).isEqualByComparingTo("1234.5");
        List<BigDecimal> changes = new ArrayList<>();
        saved.get("adjustments")
                .forEach(a -> changes.add(a.get("capitalChange").get("amount").decimalValue()));
        assertThat(changes)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("12500000"), new BigDecimal("7.2"));
        assertThat(saved.get("adjustments")
                        .get(1)
                        .get("capitalChange")
                        .get("currency")
                        .asString())
                .isEqualTo("EUR");
        assertThat(saved.get("workers").asInt()).isEqualTo(350);
    }

    @Test
    void theEchoReadsNumbersByTheServersRule() {
        Page page = admin();
        page.navigate(base() + "/investments/new");
        for (Map.Entry<String, String> c : NumberInputTests.READ.entrySet()) {
            Object read = page.evaluate("t => window.doingoai.readNumber(t).value", c.getKey());
            assertThat(new BigDecimal(read.toString())).as(c.getKey()).isEqualByComparingTo(c.getValue());
        }
        for (Map.Entry<String, String> c : NumberInputTests.REFUSED.entrySet()) {
            Object error = page.evaluate("t => window.doingoai.readNumber(t).error", c.getKey());
            assertThat("number." + error).as(c.getKey()).isEqualTo(c.getValue());
        }
    }

    @Test
    void aTenThousandCharacterTitleIsKeptWithAMessageBesideIt() {
        Page page = admin();
        page.navigate(base() + "/events/new");
        String title = "Hội nghị xúc tiến đầu tư ".repeat(400);
        assertThat(title).hasSize(10_000);
        page.locator("#unit").selectOption("42");
        page.locator("#title").fill(title);
        assertThat(page.locator("#title-too-long")).containsText("1.000");
        page.locator("#startDate").fill("2026-09-09");
        page.locator("main form button[type=submit].btn-primary").click();
        assertThat(page.locator("main form")).containsText("Tối đa 1000 ký tự");
        assertThat(page.locator("#title")).hasValue(title);
    }

    @Test
    void aUnitACountryAndAPartnerArePickedByTypingWithoutDiacritics() throws Exception {
        post(
                "/api/v1/partners",
                "{\"ref\":\"in-picker\",\"kind\":\"ENTERPRISE\",\"name\":\"Hanviet Electronics\","
                        + "\"nameVi\":\"Tập đoàn Điện tử Hàn Việt\",\"country\":\"KR\"}");
        Page page = admin();
        page.navigate(base() + "/investments/new");
        page.locator("#name").fill("Dự án chọn bằng tìm kiếm");
        pick(page, "unit", "da nang", "48 · Thành phố Đà Nẵng");
        pick(page, "country", "han quoc", "Hàn Quốc");
        pick(page, "investor", "dien tu han", "Điện tử Hàn Việt");
        page.locator("#registeredOn").fill("2026-03-03");
        page.locator("#capitalAmount").fill("2.000.000");
        // what the form holds is what it sends
        assertThat(page.locator("#unit")).hasValue("48");
        assertThat(page.locator("#country")).hasValue("KR");
        List<String> posted = new ArrayList<>();
        page.onRequest(r -> {
            if ("POST".equals(r.method())) {
                posted.add(r.postData());
            }
        });
        page.locator("main form button[type=submit].btn-primary").click();
        try {
            page.waitForURL(url -> url.matches(".*/investments/\\d+$"));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError(
                    "not saved; sent " + posted + ", the page says: "
                            + page.locator("main").innerText(),
                    e);
        }
        JsonNode saved = get("/api/v1/investments/" + page.url().replaceAll(".*/", ""));
        assertThat(saved.get("unit").asString()).isEqualTo("48");
        assertThat(saved.get("country").asString()).isEqualTo("KR");
        assertThat(saved.get("investor").asString()).isEqualTo("in-picker");

        page.navigate(base() + "/investments");
        pick(page, "unit", "bac ninh", "27 · Tỉnh Bắc Ninh (đến 30/06/2025)");
        assertThat(page.locator("#unit")).hasValue("27");

        // the report's unit too: typed without diacritics, the report is of the unit picked
        page.navigate(base() + "/reports");
        pick(page, "unit", "da nang", "48 · Thành phố Đà Nẵng");
        assertThat(page.locator("#unit")).hasValue("48");
        page.locator("#report-filter button[type=submit]").click();
        assertThat(page.locator("#report-figures h2").first()).containsText("Thành phố Đà Nẵng");
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(send("GET", path, null).body());
    }

    private void post(String path, String body) throws Exception {
        HttpResponse<String> response = send("POST", path, body);
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        String auth = Base64.getEncoder()
                .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
