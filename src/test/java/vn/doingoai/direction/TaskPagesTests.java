package vn.doingoai.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.doingoai.direction.DirectionFixtures.task;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * "Việc của tôi": a contributor sees the open tasks of their unit only, overdue ones marked, and
 * reports on them with the page's forms (403 for another unit's task); the dashboard lists the
 * overdue tasks and those due within 14 days per unit with their counts; the calendar carries every
 * deadline as an all-day entry. Nghệ An's agencies of this test (80).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TaskPagesTests {

    static final String AGENCY = "80-R13T";
    static final String OTHER = "80-R13U";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        DirectionFixtures.unit(api, AGENCY, "80", "AGENCY", "Sở Ngoại vụ Tây Ninh (thử)");
        DirectionFixtures.unit(api, OTHER, "80", "AGENCY", "Sở Du lịch Tây Ninh (thử)");
        DirectionFixtures.user(api, "r13-tasks-a", "CONTRIBUTOR", AGENCY);
        DirectionFixtures.user(api, "r13-tasks-u", "CONTRIBUTOR", OTHER);
        DirectionFixtures.user(api, "r13-tasks-o", "OFFICER", "80");
    }

    private JsonNode plan(String ref) throws Exception {
        return api.json(api.post(
                        "/api/v1/documents",
                        DirectionFixtures.document(
                                ref,
                                "80",
                                ref.toUpperCase() + "/KH-UBND",
                                today.minusMonths(2).toString(),
                                List.of(
                                        task(
                                                ref + "-1",
                                                AGENCY,
                                                "Báo cáo quá hạn " + ref,
                                                today.minusDays(2).toString(),
                                                null),
                                        task(
                                                ref + "-2",
                                                AGENCY,
                                                "Hội nghị sắp tới " + ref,
                                                today.plusDays(6).toString(),
                                                null),
                                        task(
                                                ref + "-3",
                                                OTHER,
                                                "Việc của sở khác " + ref,
                                                today.plusDays(40).toString(),
                                                null),
                                        task(
                                                ref + "-4",
                                                AGENCY,
                                                "Việc đã xong " + ref,
                                                today.minusDays(9).toString(),
                                                today.minusDays(9).toString()))))
                .andExpect(status().isCreated()));
    }

    @Test
    void aContributorSeesAndReportsOnTheirOwnOpenTasks() throws Exception {
        JsonNode plan = plan("r13tp1");
        long overdue = plan.get("tasks").get(0).get("id").asLong();
        long others = plan.get("tasks").get(2).get("id").asLong();
        String page = page("/tasks", "r13-tasks-a", "CONTRIBUTOR");
        assertThat(page)
                .contains("Báo cáo quá hạn r13tp1")
                .contains("Hội nghị sắp tới r13tp1")
                .doesNotContain("Việc của sở khác r13tp1")
                .doesNotContain("Việc đã xong r13tp1")
                .contains("data-task=\"" + overdue + "\" data-overdue=\"true\"")
                .contains("Quá hạn")
                .contains("R13TP1/KH-UBND");
        // a note and the day done, through the page's forms
        mvc.perform(post("/tasks/" + overdue + "/notes")
                        .with(user("r13-tasks-a").roles("CONTRIBUTOR"))
                        .with(csrf())
                        .param("text", "Đã nộp dự thảo")
                        .param("back", "/tasks?state=OPEN"))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/tasks?state=OPEN"));
        mvc.perform(post("/tasks/" + overdue + "/notes")
                        .with(user("r13-tasks-a").roles("CONTRIBUTOR"))
                        .with(csrf())
                        .param("text", ""))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("invalid-feedback")));
        mvc.perform(post("/tasks/" + overdue + "/done")
                        .with(user("r13-tasks-a").roles("CONTRIBUTOR"))
                        .with(csrf())
                        .param("doneOn", today.toString())
                        .param("back", "https://elsewhere.example/"))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/tasks"));
        mvc.perform(post("/tasks/" + others + "/done")
                        .with(user("r13-tasks-a").roles("CONTRIBUTOR"))
                        .with(csrf())
                        .param("doneOn", today.toString()))
                .andExpect(status().isForbidden());
        String done = page("/tasks?state=DONE", "r13-tasks-a", "CONTRIBUTOR");
        assertThat(done).contains("Báo cáo quá hạn r13tp1").contains("Đã nộp dự thảo");
        assertThat(page("/tasks", "r13-tasks-a", "CONTRIBUTOR")).doesNotContain("Báo cáo quá hạn r13tp1");
        // the officer sees both agencies' tasks
        assertThat(page("/tasks?state=ALL&size=100", "r13-tasks-o", "OFFICER"))
                .contains("Việc của sở khác r13tp1")
                .contains("Hội nghị sắp tới r13tp1");
    }

    @Test
    void theDashboardCountsOverdueAndSoonDueTasksPerUnit() throws Exception {
        plan("r13tp2");
        String dashboard = page("/", "r13-tasks-o", "OFFICER");
        int overdue = dashboard.indexOf("data-kind=\"attention.task.overdue\"");
        int soon = dashboard.indexOf("data-kind=\"attention.task.dueSoon\"");
        assertThat(overdue).isPositive();
        assertThat(soon).isPositive();
        String overdueGroup = dashboard.substring(overdue, dashboard.indexOf("</section>", overdue));
        assertThat(overdueGroup)
                .contains("Nhiệm vụ quá hạn")
                .contains("Sở Ngoại vụ Tây Ninh (thử) (")
                .contains("Báo cáo quá hạn r13tp2")
                .doesNotContain("Hội nghị sắp tới r13tp2")
                .contains("/tasks?state=OVERDUE&unit=" + AGENCY);
        String soonGroup = dashboard.substring(soon, dashboard.indexOf("</section>", soon));
        assertThat(soonGroup).contains("Hội nghị sắp tới r13tp2").doesNotContain("Việc của sở khác r13tp2");
        assertThat(page("/?lang=en", "r13-tasks-o", "OFFICER")).contains("Overdue tasks, by unit");
        // the other agency's contributor has nothing overdue
        assertThat(page("/", "r13-tasks-u", "CONTRIBUTOR")).doesNotContain("Báo cáo quá hạn r13tp2");
    }

    @Test
    void theCalendarCarriesTheDeadlines() throws Exception {
        plan("r13tp3");
        String ics = api.get("/api/v1/calendar.ics?unit=80")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent due = events.stream()
                .filter(e -> e.getProperty(Property.SUMMARY)
                        .map(Property::getValue)
                        .orElse("")
                        .contains("Hội nghị sắp tới r13tp3"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Not in the calendar:\n" + ics));
        String day = today.plusDays(6).toString().replace("-", "");
        assertThat(due.getProperty(Property.DTSTART).map(Property::getValue)).contains(day);
        assertThat(due.getProperty(Property.DTEND).map(Property::getValue))
                .contains(today.plusDays(7).toString().replace("-", ""));
        assertThat(due.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse(""))
                .contains("Sở Ngoại vụ Tây Ninh (thử)")
                .contains("R13TP3/KH-UBND");
        assertThat(ics).contains("DTSTART;VALUE=DATE:" + day);
        // a contributor's calendar holds their unit's deadlines only
        String theirs = api.as("r13-tasks-u", DirectionFixtures.PASSWORD)
                .get("/api/v1/calendar.ics")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(theirs).contains("Việc của sở khác r13tp3").doesNotContain("Hội nghị sắp tới r13tp3");
    }

    private String page(String path, String name, String role) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(name).roles(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
