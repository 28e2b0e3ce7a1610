package vn.doingoai.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import vn.doingoai.support.Api;
import vn.doingoai.support.Browser;

/**
 * The journey of the public site (issue 15) in Chromium, unit 38: an officer writes a news item about
 * an agreement (its body typed as HTML, previewed as it will be kept), an approver publishes it, and a
 * visitor with no account reads it on the province's site, follows it to the agreement it reports and
 * finds it in the feed; the public pages raise no error and break no rule of their policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicSiteJourneyTests {

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
    void anOfficerWritesAnApproverPublishesAVisitorReadsAndFollows() throws Exception {
        api(
                "/api/v1/users",
                "{\"username\":\"pubj-officer38\",\"password\":\"pubj-pw-38\",\"role\":\"OFFICER\",\"unit\":\"38\"}");
        api(
                "/api/v1/users",
                "{\"username\":\"pubj-leader38\",\"password\":\"pubj-pw-38\",\"role\":\"APPROVER\",\"unit\":\"38\"}");
        api(
                "/api/v1/dataset",
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "pubj-houaphanh", "kind": "FOREIGN_LOCALITY", "name": "ແຂວງຫົວພັນ",
                               "nameVi": "Tỉnh Hủa Phăn", "country": "LA"}],
                 "agreements": [{"ref": "pubj-a38", "unit": "38", "level": "PROVINCE",
                                 "title": "Thỏa thuận hợp tác Thanh Hóa - Hủa Phăn 2026-2030",
                                 "partners": ["pubj-houaphanh"], "signedOn": "2026-02-02", "validFrom": "2026-02-02",
                                 "validTo": "2030-12-31", "fields": ["AGRICULTURE", "TOURISM"], "status": "SIGNED"}]}""");

        Page officer = browser.newPage();
        Browser.login(officer, base(), "pubj-officer38", "pubj-pw-38");
        officer.navigate(base() + "/news/new");
        officer.locator("#title").fill("Thanh Hóa và Hủa Phăn triển khai thỏa thuận hợp tác");
        officer.locator("#summary").fill("Hai tỉnh thống nhất kế hoạch năm 2026.");
        officer.locator("#body")
                .fill("<p>Sáng nay, hai tỉnh đã <strong>thống nhất</strong> kế hoạch.</p>"
                        + "<p onclick=\"steal()\">Chi tiết<script>alert(1)</script></p>");
        officer.locator("#agreement").selectOption("pubj-a38");
        officer.locator("#news-preview-button").click();
        assertThat(officer.locator("#news-preview strong")).hasText("thống nhất");
        assertThat(officer.locator("#news-preview")).not().containsText("alert");
        officer.locator("#news-save").click();
        assertThat(officer.locator("#news-status")).hasText("Bản nháp");
        assertThat(officer.locator("#publish-form")).hasCount(0);
        String itemPage = officer.url();

        Page leader = browser.newPage();
        Browser.login(leader, base(), "pubj-leader38", "pubj-pw-38");
        leader.navigate(itemPage);
        leader.locator("#publish-submit").click();
        assertThat(leader.locator("#news-status")).hasText("Đã đăng");
        assertThat(leader.locator("#news-publishedBy")).hasText("pubj-leader38");

        Page visitor = browser.newPage();
        List<String> problems = new ArrayList<>();
        visitor.onConsoleMessage(m -> {
            if ("error".equals(m.type()) || m.text().contains("Content Security Policy")) {
                problems.add(visitor.url() + ": " + m.text());
            }
        });
        visitor.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                problems.add(r.status() + " " + r.url());
            }
        });
        visitor.navigate(base() + "/p/38");
        visitor.getByText("Thanh Hóa và Hủa Phăn triển khai thỏa thuận hợp tác").click();
        assertThat(visitor.locator("#news-item h1")).hasText("Thanh Hóa và Hủa Phăn triển khai thỏa thuận hợp tác");
        assertThat(visitor.locator("#news-item strong")).hasText("thống nhất");
        assertThat(visitor.locator("#news-item")).not().containsText("alert");
        visitor.locator("#related-agreement a").click();
        assertThat(visitor.locator("#agreement-title")).hasText("Thỏa thuận hợp tác Thanh Hóa - Hủa Phăn 2026-2030");
        assertThat(visitor.locator("main")).containsText("Tỉnh Hủa Phăn");
        assertThat(visitor.locator("main")).containsText("Thanh Hóa và Hủa Phăn triển khai thỏa thuận hợp tác");
        visitor.locator("#other-language").click();
        assertThat(visitor.locator("main")).containsText("Laos");
        assertThat(visitor.locator("main")).containsText("Agriculture");

        APIResponse feed = visitor.request().get(base() + "/p/38/news.atom");
        assertThat(feed.status()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        NodeList titles = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        assertThat(texts).contains("Thanh Hóa và Hủa Phăn triển khai thỏa thuận hợp tác");
        assertThat(problems).isEmpty();
        assertThat(visitor.context().cookies()).noneMatch(c -> c.name.equals("SESSION"));
    }

    private void api(String path, String body) throws Exception {
        String auth = Base64.getEncoder()
                .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isLessThan(300);
    }
}
