package vn.doingoai.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.doingoai.direction.DirectionFixtures.task;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Direction's pages meet the data-entry bars of issue 10: every text input has the length of its
 * column; an over-long text is a message beside its field with what was typed kept (400 at its path on
 * the API and in the dataset); dates are typed {@code dd/mm/yyyy} on the forms and on "Việc của tôi",
 * an unreadable one a message beside the field; the task list finds tasks without diacritics, by a
 * unit's name, sorts and exports to Excel; the document's history names assignees and dates in words.
 * An agency and a commune of Quảng Trị (44) of this test's own, never written by another test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DirectionDataEntryTests {

    static final String PROVINCE = "44";
    static final String AGENCY = "44-R13E";
    static final String AGENCY_NAME = "Sở Ngoại vụ Quảng Trị (nhập liệu R13)";
    static final String COMMUNE = "44-R13K";
    static final String CONTRIBUTOR = "r13-de-contrib";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskSearchTexts searchTexts;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        DirectionFixtures.unit(api, AGENCY, "44", "AGENCY", AGENCY_NAME);
        DirectionFixtures.unit(api, COMMUNE, "44", "COMMUNE", "Xã Thử Nhập Liệu (R13)");
        DirectionFixtures.user(api, CONTRIBUTOR, "CONTRIBUTOR", AGENCY);
    }

    private MvcResult page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("admin").roles("ADMIN")).with(csrf()))
                .andReturn();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = page(request);
        assertThat(result.getResponse().getStatus())
                .as(result.getRequest().getRequestURI())
                .isEqualTo(200);
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    /** The document form as an officer fills it in. */
    private static MockHttpServletRequestBuilder documentForm(String number, String title, String dueOn) {
        return post("/documents")
                .param("kind", "PLAN")
                .param("number", number)
                .param("issuedOn", "15/3/2023")
                .param("unit", PROVINCE)
                .param("title", title)
                .param("issuer", "UBND tỉnh Quảng Trị")
                .param("tasks[0].title", "Báo cáo sơ kết " + number)
                .param("tasks[0].assignee", COMMUNE)
                .param("tasks[0].dueOn", dueOn)
                .param("tasks[0].doneOn", "")
                .param("tasks[1].title", "")
                .param("tasks[1].assignee", "")
                .param("tasks[1].dueOn", "");
    }

    private JsonNode documentNumbered(String number) throws Exception {
        JsonNode items = api.json(api.get("/api/v1/documents?unit=" + PROVINCE + "&q=" + number + "&size=100"))
                .get("items");
        for (JsonNode item : items) {
            if (item.get("number").asString().equals(number)) {
                return item;
            }
        }
        throw new AssertionError("No document " + number + " in " + items);
    }

    @Test
    void everyTextInputOfDirectionsFormsHasTheLengthOfItsColumn() throws Exception {
        String[][] fields = {
            {"/documents/new", "number", "100"},
            {"/documents/new", "title", "1000"},
            {"/documents/new", "issuer", "300"},
            {"/documents/new", "summary", "4000"},
            {"/documents/new", "tasks[0].title", "1000"},
            {"/trainings/new", "title", "1000"},
            {"/trainings/new", "organiser", "300"},
            {"/trainings/new", "location", "500"},
            {"/trainings/new", "notes", "4000"},
        };
        for (String[] f : fields) {
            String name = f[1].replace("[", "\\[").replace("]", "\\]");
            assertThat(html(get(f[0])))
                    .as(f[0] + " " + f[1])
                    .containsPattern("name=\"" + name + "\"[^>]*maxlength=\"" + f[2] + "\"|maxlength=\"" + f[2]
                            + "\"[^>]*name=\"" + name + "\"");
        }
        api.post(
                        "/api/v1/documents",
                        DirectionFixtures.document(
                                "r13-de-len",
                                AGENCY,
                                "1/DE-LEN",
                                "2023-01-02",
                                List.of(task("r13-de-len-1", AGENCY, "Việc có ô ghi tiến độ", "2099-01-01", null))))
                .andExpect(status().isCreated());
        String tasks = HtmlUtils.htmlUnescape(
                mvc.perform(get("/tasks").with(user(CONTRIBUTOR).roles("CONTRIBUTOR")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(tasks)
                .contains("Việc có ô ghi tiến độ")
                .containsPattern("name=\"text\"[^>]*maxlength=\"2000\"")
                .containsPattern("name=\"q\"[^>]*maxlength=\"200\"");
    }

    @Test
    void overLongTextsAreMessagesBesideTheirFieldsWithTheTextKept(CapturedOutput output) throws Exception {
        String title = "Triển khai công tác đối ngoại ".repeat(400);
        MvcResult form = page(documentForm("2/DE-LONG", title, "30/6/2023"));
        assertThat(form.getResponse().getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(form.getResponse().getContentAsString()))
                .contains(title.strip())
                .contains("Tối đa 1000 ký tự")
                .contains("value=\"15/03/2023\"")
                .contains("value=\"Báo cáo sơ kết 2/DE-LONG\"");
        api.get("/api/v1/documents?unit=" + PROVINCE + "&q=2/DE-LONG")
                .andExpect(jsonPath("$.total").value(0));

        var body = DirectionFixtures.document(
                "r13-de-long",
                AGENCY,
                "3/DE-LONG",
                "2023-03-15",
                List.of(task("r13-de-long-1", AGENCY, "x".repeat(1001), "2023-06-30", null)));
        api.post("/api/v1/documents", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'tasks[0].title')]").exists());
        api.post("/api/v1/dataset", Map.of("format", "doingoai-dataset/1", "documents", List.of(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'documents[0].tasks[0].title')]")
                        .exists());

        MvcResult training = page(post("/trainings")
                .param("unit", AGENCY)
                .param("title", "Lớp tập huấn nhập liệu")
                .param("startDate", "16/5/2023")
                .param("organiser", "Sở ".repeat(200)));
        assertThat(training.getResponse().getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(training.getResponse().getContentAsString()))
                .contains("Tối đa 300 ký tự")
                .contains("value=\"Lớp tập huấn nhập liệu\"")
                .contains("value=\"16/05/2023\"");

        long taskId = api.json(api.post(
                                "/api/v1/documents",
                                DirectionFixtures.document(
                                        "r13-de-note",
                                        AGENCY,
                                        "4/DE-NOTE",
                                        "2023-01-02",
                                        List.of(task(
                                                "r13-de-note-1", AGENCY, "Việc ghi tiến độ dài", "2099-02-01", null))))
                        .andExpect(status().isCreated()))
                .get("tasks")
                .get(0)
                .get("id")
                .asLong();
        Api contributor = api.as(CONTRIBUTOR, DirectionFixtures.PASSWORD);
        contributor
                .post("/api/v1/tasks/" + taskId + "/notes", Map.of("text", "y".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'text')]").exists());
        String note = "Đã làm được một phần ".repeat(100) + "z".repeat(100);
        String again = HtmlUtils.htmlUnescape(mvc.perform(post("/tasks/" + taskId + "/notes")
                        .with(user(CONTRIBUTOR).roles("CONTRIBUTOR"))
                        .with(csrf())
                        .param("text", note))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again).contains(note).contains("Tối đa 2000 ký tự").contains("id=\"task-problem\"");
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void datesAreTypedDayMonthYearOnTheFormsAndTheTaskList(CapturedOutput output) throws Exception {
        MvcResult saved = page(documentForm("5/DE-DATE", "Kế hoạch ngày kiểu Việt", "30/6/2023"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        JsonNode document = documentNumbered("5/DE-DATE");
        assertThat(document.get("issuedOn").asString()).isEqualTo("2023-03-15");
        assertThat(document.get("tasks")).hasSize(1);
        assertThat(document.get("tasks").get(0).get("dueOn").asString()).isEqualTo("2023-06-30");
        assertThat(document.get("tasks").get(0).get("assignee").asString()).isEqualTo(COMMUNE);
        assertThat(html(get("/documents/" + document.get("id").asLong() + "/edit")))
                .contains("value=\"15/03/2023\"")
                .contains("value=\"30/06/2023\"");

        MvcResult refused = page(documentForm("6/DE-DATE", "Kế hoạch ngày không có", "31/2/2023"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(refused.getResponse().getContentAsString()))
                .contains("value=\"31/2/2023\"")
                .contains("Không đọc được ngày")
                .contains("value=\"Kế hoạch ngày không có\"");

        // the assignee marks a task done on a day typed the Vietnamese way, or is told beside the field
        long taskId = api.json(api.post(
                                "/api/v1/documents",
                                DirectionFixtures.document(
                                        "r13-de-done",
                                        AGENCY,
                                        "7/DE-DONE",
                                        "2023-01-02",
                                        List.of(task(
                                                "r13-de-done-1",
                                                AGENCY,
                                                "Việc hoàn thành ngày gõ",
                                                "2099-03-01",
                                                null))))
                        .andExpect(status().isCreated()))
                .get("tasks")
                .get(0)
                .get("id")
                .asLong();
        String bad = HtmlUtils.htmlUnescape(mvc.perform(post("/tasks/" + taskId + "/done")
                        .with(user(CONTRIBUTOR).roles("CONTRIBUTOR"))
                        .with(csrf())
                        .param("doneOn", "31/2/2023"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(bad)
                .contains("value=\"31/2/2023\"")
                .contains("Không đọc được ngày")
                .containsPattern("data-task=\"" + taskId + "\"");
        mvc.perform(post("/tasks/" + taskId + "/done")
                        .with(user(CONTRIBUTOR).roles("CONTRIBUTOR"))
                        .with(csrf())
                        .param("doneOn", "28/6/2023"))
                .andExpect(status().isFound());
        assertThat(api.json(api.get("/api/v1/tasks/" + taskId)).get("doneOn").asString())
                .isEqualTo("2023-06-28");

        // a count typed the Vietnamese way on the training form
        MvcResult training = page(post("/trainings")
                .param("unit", AGENCY)
                .param("title", "Lớp đông học viên R13")
                .param("startDate", "16/5/2023")
                .param("endDate", "17/05/2023")
                .param("trainees", "1.250"));
        assertThat(training.getResponse().getStatus()).isEqualTo(302);
        JsonNode course = api.json(api.get("/api/v1/trainings?unit=" + AGENCY + "&q=lop dong hoc vien r13"))
                .get("items")
                .get(0);
        assertThat(course.get("trainees").asInt()).isEqualTo(1250);
        assertThat(course.get("endDate").asString()).isEqualTo("2023-05-17");
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void theTaskListFindsWithoutDiacriticsByAUnitsNameSortsAndExports() throws Exception {
        api.post(
                        "/api/v1/documents",
                        DirectionFixtures.document(
                                "r13-de-list",
                                PROVINCE,
                                "8/KH-DELIST",
                                "2023-01-02",
                                List.of(
                                        task(
                                                "r13-de-list-1",
                                                AGENCY,
                                                "Đón đoàn tỉnh Sa-van-na-khệt",
                                                "2098-05-01",
                                                null),
                                        task(
                                                "r13-de-list-2",
                                                COMMUNE,
                                                "Báo cáo tình hình biên giới",
                                                "2098-04-01",
                                                null),
                                        task(
                                                "r13-de-list-3",
                                                AGENCY,
                                                "Dịch tài liệu quảng bá",
                                                "2023-02-01",
                                                "2023-01-30"))))
                .andExpect(status().isCreated());
        String found = html(get("/tasks?state=ALL&q=don doan tinh sa-van"));
        assertThat(found).contains("Đón đoàn tỉnh Sa-van-na-khệt").doesNotContain("Báo cáo tình hình biên giới");
        assertThat(html(get("/tasks?state=ALL&q=8/kh-delist")))
                .contains("Đón đoàn tỉnh Sa-van-na-khệt")
                .contains("Báo cáo tình hình biên giới")
                .contains("Dịch tài liệu quảng bá");
        assertThat(html(get("/tasks?state=ALL&unit=so ngoai vu quang tri (nhap lieu r13)&q=delist")))
                .contains("Đón đoàn tỉnh Sa-van-na-khệt")
                .doesNotContain("Báo cáo tình hình biên giới");
        String byTitle = html(get("/tasks?state=ALL&q=delist&sort=title,desc"));
        assertThat(byTitle.indexOf("Đón đoàn tỉnh Sa-van-na-khệt"))
                .isLessThan(byTitle.indexOf("Dịch tài liệu quảng bá"))
                .isLessThan(byTitle.indexOf("Báo cáo tình hình biên giới"));
        assertThat(byTitle).contains("id=\"task-sort\"").contains("sort=assignee");
        api.get("/api/v1/tasks?state=ALL&q=bao cao tinh hinh bien gioi")
                .andExpect(jsonPath("$.total").value(1));

        byte[] xlsx =
                page(get("/tasks?state=ALL&q=delist&format=xlsx")).getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Văn bản giao");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(4);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("8/KH-DELIST");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Dịch tài liệu quảng bá");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo(AGENCY_NAME);
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2023, 2, 1));
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Hoàn thành đúng hạn");
        }

        // tasks written before their search text was kept are found once the application has started
        jdbc.update("update document_task set search_text = null where ref = 'r13-de-list-2'");
        assertThat(html(get("/tasks?state=ALL&q=bao cao tinh hinh bien gioi")))
                .doesNotContain("Báo cáo tình hình biên giới");
        searchTexts.fill();
        assertThat(html(get("/tasks?state=ALL&q=bao cao tinh hinh bien gioi"))).contains("Báo cáo tình hình biên giới");
    }

    @Test
    void theDocumentsHistoryNamesItsAssigneesAndDatesInWords() throws Exception {
        var body = DirectionFixtures.document(
                "r13-de-hist",
                PROVINCE,
                "9/KH-DEHIST",
                "2023-01-02",
                List.of(task("r13-de-hist-1", AGENCY, "Việc có lịch sử", "2023-04-30", null)));
        JsonNode created = api.json(api.post("/api/v1/documents", body).andExpect(status().isCreated()));
        body.put("version", created.get("version").asLong());
        body.put("tasks", List.of(task("r13-de-hist-1", COMMUNE, "Việc có lịch sử", "2023-05-31", "2023-05-20")));
        api.put("/api/v1/documents/" + created.get("id").asLong(), body).andExpect(status().isOk());
        String page = html(get("/documents/" + created.get("id").asLong()));
        String history = page.substring(page.indexOf("id=\"history-title\""));
        assertThat(history)
                .contains("Nhiệm vụ")
                .contains(AGENCY_NAME + " · Việc có lịch sử · 30/04/2023")
                .contains("Xã Thử Nhập Liệu (R13) · Việc có lịch sử · 31/05/2023 · 20/05/2023")
                .doesNotContain("r13-de-hist-1")
                .doesNotContain(COMMUNE + " ·")
                .doesNotContain("2023-05-31");
    }
}
