package vn.doingoai.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;
import vn.doingoai.support.Browser;

/**
 * Direction as a new user takes it in a browser: an officer records a plan with four tasks for two
 * agencies (two of them already due); a contributor of one agency signs in, sees only their
 * agency's tasks, the overdue one marked, and marks it done; the officer's dashboard then shows the
 * other agency's task as overdue, and not the one done; the nine-month report names the plan. Dates
 * are typed the Vietnamese way. Vĩnh Long (86) and two agencies of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectionJourneyTests {

    static final String FIRST = "86-R13J1";
    static final String SECOND = "86-R13J2";

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
    void aPlansTasksFromTheOfficerToTheAgenciesAndBackToTheDashboard() throws Exception {
        api(
                "/api/v1/units",
                "{\"code\":\"" + FIRST
                        + "\",\"parent\":\"86\",\"level\":\"AGENCY\",\"name\":\"Sở Ngoại vụ Vĩnh Long\"}");
        api(
                "/api/v1/units",
                "{\"code\":\"" + SECOND
                        + "\",\"parent\":\"86\",\"level\":\"AGENCY\",\"name\":\"Sở Văn hóa Vĩnh Long\"}");
        api(
                "/api/v1/users",
                "{\"username\":\"officer86\",\"password\":\"officer-pw-86\",\"role\":\"OFFICER\",\"unit\":\"86\"}");
        api(
                "/api/v1/users",
                "{\"username\":\"sngv86\",\"password\":\"sngv-pw-86\",\"role\":\"CONTRIBUTOR\",\"unit\":\"" + FIRST
                        + "\"}");
        LocalDate today = LocalDate.now();

        Page officer = browser.newPage();
        Browser.login(officer, base(), "officer86", "officer-pw-86");
        officer.navigate(base() + "/documents/new");
        officer.locator("#kind").selectOption("PLAN");
        officer.locator("#number").fill("45/KH-UBND");
        LocalDate issued = today.minusDays(60);
        officer.locator("#issuedOn")
                .fill(issued.getDayOfMonth() + "/" + issued.getMonthValue() + "/" + issued.getYear());
        officer.locator("#unit").selectOption("86");
        officer.locator("#title").fill("Triển khai công tác đối ngoại năm nay");
        Object[][] tasks = {
            {FIRST, "Báo cáo kết quả quý I", today.minusDays(10)},
            {FIRST, "Tổ chức hội nghị xúc tiến", today.plusDays(20)},
            {SECOND, "Dịch tài liệu quảng bá", today.minusDays(5)},
            {SECOND, "Đón đoàn tỉnh Chăm-pa-sắc", today.plusDays(30)}
        };
        for (int i = 0; i < tasks.length; i++) {
            if (i > 0) {
                officer.locator("[data-rows=tasks] [data-add-row]").click();
            }
            officer.locator("#tasks" + i + "title").fill((String) tasks[i][1]);
            officer.locator("#tasks" + i + "assignee").selectOption((String) tasks[i][0]);
            LocalDate due = (LocalDate) tasks[i][2];
            officer.locator("#tasks" + i + "dueOn")
                    .fill(String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear()));
        }
        officer.locator("#document-form button[type=submit]").click();
        officer.waitForURL(url -> url.matches(".*/documents/\\d+$"));
        assertThat(officer.locator("h1")).hasText("Kế hoạch số 45/KH-UBND");
        assertThat(officer.locator("#tasks tbody tr")).hasCount(4);
        assertThat(officer.locator("#tasks tbody tr.table-danger")).hasCount(2);

        Page agency = browser.newPage();
        Browser.login(agency, base(), "sngv86", "sngv-pw-86");
        agency.locator("a.dropdown-toggle", new Page.LocatorOptions().setHasText("Chỉ đạo, điều hành"))
                .click();
        agency.locator("a.dropdown-item", new Page.LocatorOptions().setHasText("Việc của tôi"))
                .click();
        agency.waitForURL(url -> url.endsWith("/tasks"));
        Locator mine = agency.locator("article.task");
        assertThat(mine).hasCount(2);
        assertThat(agency.locator("#task-list")).not().containsText("Dịch tài liệu quảng bá");
        Locator late = mine.filter(new Locator.FilterOptions().setHasText("Báo cáo kết quả quý I"));
        assertThat(late).hasAttribute("data-overdue", "true");
        assertThat(late.locator(".task-overdue")).isVisible();
        late.locator(".task-note textarea").fill("Đã gửi báo cáo cho Sở");
        late.locator(".task-note button").click();
        assertThat(agency.locator("#task-list")).containsText("Đã gửi báo cáo cho Sở");
        mine.filter(new Locator.FilterOptions().setHasText("Báo cáo kết quả quý I"))
                .locator(".task-done button")
                .click();
        assertThat(agency.locator("article.task")).hasCount(1);
        assertThat(agency.locator("#task-list")).not().containsText("Báo cáo kết quả quý I");

        officer.navigate(base() + "/");
        Locator overdue = officer.locator("section[data-kind='attention.task.overdue']");
        assertThat(overdue).containsText("Sở Văn hóa Vĩnh Long (1)");
        assertThat(overdue).containsText("Dịch tài liệu quảng bá");
        assertThat(overdue).not().containsText("Báo cáo kết quả quý I");
        // nothing is due within 14 days: no such group
        assertThat(officer.locator("section[data-kind='attention.task.dueSoon']"))
                .hasCount(0);

        // the nine-month report of the plan's year names it (the year's report when it came later)
        String period = issued.getMonthValue() <= 9 ? "kind=nine" : "kind=year";
        officer.navigate(base() + "/reports?unit=86&" + period + "&year=" + issued.getYear());
        assertThat(officer.locator("body"))
                .containsText("Kế hoạch số 45/KH-UBND ngày " + issued.getDayOfMonth() + "/" + issued.getMonthValue()
                        + "/" + issued.getYear() + " về triển khai công tác đối ngoại năm nay");
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
