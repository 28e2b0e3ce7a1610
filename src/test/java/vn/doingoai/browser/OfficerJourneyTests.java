package vn.doingoai.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;
import vn.doingoai.support.Browser;

/**
 * The journeys of the issues, as a new user would take them in a browser: a delegation from the
 * form to its approval and report; an NGO project with its money in three currencies; the report
 * of nine months, down to the records behind a figure and the Word file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficerJourneyTests {

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
    void anIncomingDelegationFromTheFormToItsReport() throws Exception {
        api(
                "POST",
                "/api/v1/users",
                "{\"username\":\"officer12\",\"password\":\"officer-pw-12\",\"role\":\"OFFICER\",\"unit\":\"12\"}");
        api(
                "POST",
                "/api/v1/users",
                "{\"username\":\"leader12\",\"password\":\"leader-pw-12\",\"role\":\"APPROVER\",\"unit\":\"12\"}");

        Page officer = browser.newPage();
        Browser.login(officer, base(), "officer12", "officer-pw-12");
        officer.navigate(base() + "/delegations/new");
        officer.locator("#unit").selectOption("12");
        officer.locator("#direction").selectOption("INCOMING");
        officer.locator("#title").fill("Đoàn doanh nghiệp tỉnh Gyeongsangbuk thăm và làm việc");
        officer.locator("#startDate").fill("2026-10-05");
        officer.locator("#endDate").fill("2026-10-07");
        officer.locator("#countries").selectOption(new SelectOption().setValue("KR"));
        String[][] members = {
            {"Kim Min-jun", "Trưởng đoàn", "Gyeongbuk Business Association"},
            {"Lee Seo-yeon", "Phó đoàn", "Gyeongbuk Business Association"},
            {"Park Ji-hoon", "Giám đốc", "Daegu Textiles"},
            {"Choi Yu-na", "Phiên dịch", "Gyeongbuk Provincial Office"},
            {"Jung Dong-hyun", "Thành viên", "Pohang Steel Parts"}
        };
        for (int i = 0; i < members.length; i++) {
            if (i > 0) {
                officer.locator("#members [data-add-row]").click();
            }
            officer.locator("#members-" + i + "-name").fill(members[i][0]);
            officer.locator("#members-" + i + "-position").fill(members[i][1]);
            officer.locator("#members-" + i + "-organization").fill(members[i][2]);
        }
        officer.locator("#save-delegation").click();
        assertThat(officer.locator("#delegation-status")).hasAttribute("data-status", "PROPOSED");
        assertThat(officer.locator("#delegation-persons")).hasText("5");
        assertThat(officer.locator("#approve-submit")).hasCount(0);
        String delegation = officer.url();

        Page leader = browser.newPage();
        Browser.login(leader, base(), "leader12", "leader-pw-12");
        leader.navigate(base() + "/");
        assertThat(leader.locator("main")).containsText("Gyeongsangbuk");
        leader.navigate(delegation);
        leader.locator("#approve-decisionNumber").fill("1234/QĐ-UBND");
        leader.locator("#approve-submit").click();
        assertThat(leader.locator("#delegation-status")).hasAttribute("data-status", "APPROVED");
        assertThat(leader.locator("#delegation-decisionNumber")).hasText("1234/QĐ-UBND");

        officer.navigate(delegation);
        officer.locator("#done-reportText")
                .fill("Hai bên thống nhất tổ chức hội nghị xúc tiến đầu tư vào quý I năm 2027.");
        officer.locator("#done-submit").click();
        assertThat(officer.locator("#delegation-status")).hasAttribute("data-status", "DONE");
        assertThat(officer.locator("#delegation-report")).containsText("xúc tiến đầu tư");
        assertThat(officer.locator("main")).containsText("leader12");

        officer.locator("#global-search").fill("han quoc");
        officer.locator("#global-search").press("Enter");
        assertThat(officer.locator("#search-results")).containsText("Gyeongsangbuk thăm và làm việc");
    }

    @Test
    void anNgoProjectWithMoneyInThreeCurrencies() throws Exception {
        api("POST", "/api/v1/exchange-rates", "{\"currency\":\"EUR\",\"from\":\"2026-01-01\",\"perUsd\":0.9}");
        api("POST", "/api/v1/exchange-rates", "{\"currency\":\"VND\",\"from\":\"2026-01-01\",\"perUsd\":25000}");
        api(
                "POST",
                "/api/v1/partners",
                "{\"ref\":\"ngo-journey\",\"kind\":\"FOREIGN_NGO\",\"name\":\"Helvetas Swiss Intercooperation\",\"country\":\"CH\"}");
        api(
                "POST",
                "/api/v1/users",
                "{\"username\":\"officer25\",\"password\":\"officer-pw-25\",\"role\":\"OFFICER\",\"unit\":\"25\"}");

        Page page = browser.newPage();
        Browser.login(page, base(), "officer25", "officer-pw-25");
        page.navigate(base() + "/aid/new");
        page.locator("#title").fill("Dự án sinh kế bền vững cho phụ nữ dân tộc thiểu số");
        page.locator("#unit").selectOption("25");
        page.locator("#donor").selectOption("ngo-journey");
        page.locator("#kind").selectOption("PROJECT");
        page.locator("#sector").selectOption("31120");
        page.locator("#startDate").fill("2026-02-01");
        page.locator("#endDate").fill("2027-12-31");
        String[][] transactions = {
            {"COMMITMENT", "2026-02-01", "90000", "EUR"},
            {"DISBURSEMENT", "2026-03-15", "500000000", "VND"},
            {"DISBURSEMENT", "2026-08-20", "750000000", "VND"}
        };
        for (int i = 0; i < transactions.length; i++) {
            if (i > 0) {
                page.locator("[data-rows=transactions] [data-add-row]").click();
            }
            page.locator("#transactions" + i + "type").selectOption(transactions[i][0]);
            page.locator("#transactions" + i + "date").fill(transactions[i][1]);
            page.locator("#transactions" + i + "amount").fill(transactions[i][2]);
            page.locator("#transactions" + i + "currency").fill(transactions[i][3]);
        }
        page.locator("main form button[type=submit].btn-primary").click();
        assertThat(page.locator("#totals")).containsText("100.000 USD");
        assertThat(page.locator("#totals")).containsText("2 tỷ 500 triệu đồng");
        assertThat(page.locator("#totals")).containsText("50.000 USD");
        assertThat(page.locator("#totals")).containsText("1 tỷ 250 triệu đồng");

        page.navigate(base() + "/aid?unit=25");
        String iatiLink = page.locator("a[href*='aid.iati.xml']").getAttribute("href");
        var response = page.context().request().get(base() + iatiLink);
        assertThat(response.status()).isEqualTo(200);
        String xml = response.text();
        assertThat(xml)
                .contains("Helvetas")
                .contains("transaction-type code=\"2\"")
                .contains("transaction-type code=\"3\"");
        Path iati = Files.createTempFile("iati", ".xml");
        Files.writeString(iati, xml);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/iati/iati-activities-schema.xsd")
                        .toFile())
                .newValidator()
                .validate(new StreamSource(iati.toFile()));
    }

    @Test
    void theNineMonthReportDownToItsRecordsAndTheWordFile() throws Exception {
        HttpResponse<String> imported =
                api("POST", "/api/v1/dataset", Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        Page page = browser.newPage();
        Browser.login(page, base(), Api.ADMIN, Api.ADMIN_PASSWORD);
        page.locator("nav")
                .getByText("Báo cáo", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("nav a[href='/reports']").click();
        page.locator("#unit").selectOption("19");
        page.locator("#kind").selectOption("nine");
        page.locator("#year").selectOption("2021");
        page.locator("#report-filter button[type=submit]").click();
        assertThat(page.locator("#report-figures")).containsText("21,31 tỷ USD");
        assertThat(page.locator("#report-figures")).containsText("tăng 7,3%");
        assertThat(page.locator("#report-figures")).containsText("2.907");
        assertThat(page.locator("tr[data-key='fdi.capital.registered']")).containsText("158,06 triệu USD");

        Download word = page.waitForDownload(
                () -> page.locator("#report-figures a[href*='summary.docx']").click());
        try (InputStream in = Files.newInputStream(word.path());
                XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText())
                    .contains("BÁO CÁO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "21,31 tỷ USD", "Nơi nhận");
        }

        page.locator("tr[data-key='fdi.capital.registered'] a").click();
        assertThat(page.locator("main")).containsText("24");
        assertThat(page.locator("main table tbody tr")).hasCount(20);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/fdi-projects.png"))
                .setFullPage(true));
    }

    @Test
    void theNineMonthReportDraftedApprovedAndFrozenAsSigned() throws Exception {
        HttpResponse<String> imported =
                api("POST", "/api/v1/dataset", Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        api(
                "POST",
                "/api/v1/users",
                "{\"username\":\"officer19r\",\"password\":\"officer-pw-19r\",\"role\":\"OFFICER\",\"unit\":\"19\"}");
        api(
                "POST",
                "/api/v1/users",
                "{\"username\":\"leader19r\",\"password\":\"leader-pw-19r\",\"role\":\"APPROVER\",\"unit\":\"19\"}");
        try {
            Page officer = browser.newPage();
            Browser.login(officer, base(), "officer19r", "officer-pw-19r");
            officer.navigate(base() + "/reports");
            officer.locator("#unit").selectOption("19");
            officer.locator("#kind").selectOption("nine");
            officer.locator("#year").selectOption("2021");
            officer.locator("#report-filter button[type=submit]").click();
            // section II, as written from the figures; the officer rewrites its first sentence
            var economy = officer.locator("#text-indicator-report-title");
            assertThat(economy)
                    .hasValue(java.util.regex.Pattern.compile(
                            "^Tổng giá trị xuất khẩu 9 tháng năm 2021 đạt 21,31 tỷ USD, tăng 7,3% so với cùng kỳ, bằng 75,7% kế hoạch\\..*",
                            java.util.regex.Pattern.DOTALL));
            String rewritten = economy.inputValue()
                    .replace(
                            "Tổng giá trị xuất khẩu 9 tháng năm 2021 đạt 21,31 tỷ USD",
                            "Tổng giá trị xuất khẩu hàng hóa trên địa bàn tỉnh 9 tháng năm 2021 đạt 21,31 tỷ USD");
            economy.fill(rewritten);
            officer.locator("#save-as-draft").click();
            assertThat(officer.locator("#draft-status")).hasAttribute("data-status", "DRAFT");
            assertThat(officer.locator("#text-indicator-report-title")).hasValue(rewritten);
            officer.locator("#issue-signerName").fill("Nguyễn Văn An");
            officer.locator("#save-draft").click();
            assertThat(officer.locator("#official-document")).containsText("Nguyễn Văn An");
            assertThat(officer.locator("#official-document")).containsText("trên địa bàn tỉnh 9 tháng năm 2021");
            officer.locator("#submit-draft").click();
            assertThat(officer.locator("#draft-status")).hasAttribute("data-status", "SUBMITTED");
            assertThat(officer.locator("#approve-draft")).hasCount(0);
            String draft = officer.url();

            Page leader = browser.newPage();
            Browser.login(leader, base(), "leader19r", "leader-pw-19r");
            leader.navigate(draft);
            leader.locator("#approve-draft").click();
            assertThat(leader.locator("#draft-status")).hasAttribute("data-status", "APPROVED");
            assertThat(leader.locator("#draft-number")).hasText(java.util.regex.Pattern.compile("\\d+/BC-SNgV"));
            String number = leader.locator("#draft-number").innerText();
            assertThat(leader.locator("#document-number")).hasText("Số: " + number);
            assertThat(leader.locator("#draft-approvedBy")).hasText("leader19r");

            officer.navigate(draft);
            byte[] signed = download(officer, "#signed-docx");
            byte[] signedPdf = download(officer, "#signed-pdf");
            try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(signed));
                    XWPFWordExtractor text = new XWPFWordExtractor(document)) {
                assertThat(text.getText())
                        .contains("Số: " + number, "trên địa bàn tỉnh 9 tháng năm 2021", "8,72 tỷ USD");
            }

            // the officer corrects the capital of a project of 2015: the total of the projects in force changes
            officer.navigate(base() + "/investments/" + investmentId("tn-fdi-old13") + "/edit");
            officer.locator("#capitalAmount").fill("18.972.146,15");
            officer.locator("main form button[type=submit].btn-primary").click();
            officer.waitForURL(java.util.regex.Pattern.compile(".*/investments/\\d+$"));

            officer.navigate(draft);
            assertThat(officer.locator("#figure-changes")).hasAttribute("data-count", "1");
            assertThat(officer.locator("#figure-changes tr[data-key='fdi.capital.total']"))
                    .hasCount(1);
            assertThat(download(officer, "#signed-docx")).isEqualTo(signed);
            assertThat(download(officer, "#signed-pdf")).isEqualTo(signedPdf);
            officer.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/approved-report.png"))
                    .setFullPage(true));
        } finally {
            api("POST", "/api/v1/dataset", Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        }
    }

    private static byte[] download(Page page, String link) throws Exception {
        Download file = page.waitForDownload(() -> page.locator(link).click());
        return Files.readAllBytes(file.path());
    }

    private long investmentId(String ref) throws Exception {
        String list = api("GET", "/api/v1/investments?unit=19&size=500", "").body();
        var items = new tools.jackson.databind.ObjectMapper().readTree(list).get("items");
        for (var item : items) {
            if (item.get("ref").asString().equals(ref)) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("No investment " + ref);
    }

    private HttpResponse<String> api(String method, String path, String body) throws Exception {
        String auth = Base64.getEncoder()
                .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isLessThan(300);
        return response;
    }
}
