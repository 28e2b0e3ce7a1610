package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * The pages of direction and capacity (policy documents, "Việc của tôi", training) and the pages
 * that now name a document, with every optional field filled, in Vietnamese and in English: 200,
 * no missing message, no raw enum value, no ISO date, no Vietnamese number in English, and a
 * history that names its fields. Unit 82 and its agency.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectionPagesTests {

    static final String AGENCY = "82-R13P";
    static final String OFFICER = "r13-pages-officer";
    static final String PASSWORD = "pages-officer-pw";

    /** The values of this module's enumerations, which a page shows in words. */
    static final Pattern RAW_DIRECTION = Pattern.compile(
            "\\b(PLAN|DECISION|DIRECTIVE|PROGRAMME|SCHEME|REGULATION|REPORT|OTHER|OPEN|OVERDUE|DUE_SOON|DONE|DONE_ON_TIME|ALL|AGENCY|COMMUNE|PROVINCE)\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void everyPageOfDirectionShowsEveryFieldInWordsInBothLanguages() throws Exception {
        List<String> pages = records(new Api(mvc, json));
        List<String> problems = new ArrayList<>();
        for (String path : pages) {
            for (String lang : List.of("vi", "en")) {
                String url = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
                var response = mvc.perform(get(url).with(user(OFFICER).roles("OFFICER")))
                        .andReturn()
                        .getResponse();
                if (response.getStatus() != 200) {
                    problems.add(url + " answered " + response.getStatus());
                    continue;
                }
                String html = response.getContentAsString();
                if (html.contains("??")) {
                    problems.add(url + " misses a message near " + around(html, html.indexOf("??")));
                }
                String text = DetailPagesTests.visibleText(html);
                for (Pattern raw : List.of(DetailPagesTests.RAW_ENUM, RAW_DIRECTION, DetailPagesTests.ISO_DATE)) {
                    Matcher m = raw.matcher(text);
                    if (m.find()) {
                        problems.add(url + " shows " + m.group() + ": " + around(text, m.start()));
                    }
                }
                Matcher number = DetailPagesTests.VIETNAMESE_NUMBER.matcher(text);
                if ("en".equals(lang) && number.find()) {
                    problems.add(url + " writes a number the Vietnamese way: " + around(text, number.start()));
                }
                Matcher history = Pattern.compile("data-field=\"([^\"]+)\"><strong>([^<]*)</strong>")
                        .matcher(html);
                while (history.find()) {
                    if (history.group(1).equals(history.group(2))) {
                        problems.add(url + " names the history field " + history.group(1) + " raw");
                    }
                }
            }
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(15);
        assertThat(problems).isEmpty();
    }

    /** A document, a training and an event, every optional field filled; answers the pages to open. */
    private List<String> records(Api admin) throws Exception {
        if (admin.get("/api/v1/units/" + AGENCY).andReturn().getResponse().getStatus() == 404) {
            admin.post(
                            "/api/v1/units",
                            Map.of("code", AGENCY, "parent", "82", "level", "AGENCY", "name", "Sở Ngoại vụ (trang)"))
                    .andExpect(status().isCreated());
            admin.post(
                            "/api/v1/users",
                            Map.of("username", OFFICER, "password", PASSWORD, "role", "OFFICER", "unit", "82"))
                    .andExpect(status().isCreated());
        }
        Api officer = admin.as(OFFICER, PASSWORD);
        LocalDate today = LocalDate.now();
        Map<String, Object> document = new HashMap<>();
        document.put("ref", "r13-pages-k" + System.nanoTime());
        document.put("unit", "82");
        document.put("kind", "DIRECTIVE");
        document.put("number", "7/CT-UBND-" + System.nanoTime());
        document.put("issuedOn", today.minusMonths(6).toString());
        document.put("issuer", "UBND tỉnh Đồng Tháp");
        document.put("title", "Tăng cường công tác đối ngoại nhân dân");
        document.put("summary", "Giao các sở triển khai");
        document.put(
                "tasks",
                List.of(
                        Map.of(
                                "ref",
                                "t1",
                                "assignee",
                                AGENCY,
                                "title",
                                "Việc đã quá hạn",
                                "dueOn",
                                today.minusDays(3).toString()),
                        Map.of(
                                "ref",
                                "t2",
                                "assignee",
                                "82",
                                "title",
                                "Việc sắp đến hạn",
                                "dueOn",
                                today.plusDays(5).toString(),
                                "notes",
                                List.of(Map.of(
                                        "date", today.minusDays(1).toString(), "by", OFFICER, "text", "Đang làm"))),
                        Map.of(
                                "ref",
                                "t3",
                                "assignee",
                                AGENCY,
                                "title",
                                "Việc đã xong",
                                "dueOn",
                                today.minusDays(10).toString(),
                                "doneOn",
                                today.minusDays(12).toString())));
        JsonNode created =
                officer.json(officer.post("/api/v1/documents", document).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        officer.perform(multipart("/api/v1/documents/" + id + "/file")
                        .file(new MockMultipartFile(
                                "file", "chi-thi.pdf", "application/pdf", new byte[] {37, 80, 68, 70})))
                .andExpect(status().isOk());
        long taskId = created.get("tasks").get(0).get("id").asLong();
        officer.post("/api/v1/tasks/" + taskId + "/notes", Map.of("text", "Đã họp triển khai"))
                .andExpect(status().isOk());
        long training = officer.json(officer.post(
                                "/api/v1/trainings",
                                Map.of(
                                        "ref", "r13-pages-t" + System.nanoTime(),
                                        "unit", AGENCY,
                                        "title", "Bồi dưỡng kiến thức đối ngoại",
                                        "startDate", "2023-05-16",
                                        "endDate", "2023-05-17",
                                        "trainees", 1250,
                                        "organiser", "Sở Ngoại vụ",
                                        "location", "Hội trường tỉnh",
                                        "notes", "Cho cán bộ cấp xã"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long event = officer.json(officer.post(
                                "/api/v1/events",
                                Map.of(
                                        "ref", "r13-pages-e" + System.nanoTime(),
                                        "unit", "82",
                                        "title", "Hội nghị triển khai chỉ thị",
                                        "type", "CONFERENCE",
                                        "format", "IN_PERSON",
                                        "role", "HOSTED",
                                        "startDate", "2023-06-01",
                                        "document", created.get("ref").asString()))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        return List.of(
                "/documents/" + id,
                "/documents/" + id + "/edit",
                "/documents/new",
                "/documents?unit=82",
                "/trainings/" + training,
                "/trainings/" + training + "/edit",
                "/trainings/new",
                "/trainings?unit=" + AGENCY,
                "/tasks",
                "/tasks?state=ALL",
                "/tasks?state=OVERDUE&unit=82&on=" + today,
                "/tasks?state=ALL&q=viec da&sort=title,desc",
                "/events/" + event,
                "/events/" + event + "/edit",
                "/");
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
    }
}
