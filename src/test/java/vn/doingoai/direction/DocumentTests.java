package vn.doingoai.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.doingoai.direction.DirectionFixtures.AGENCY_A;
import static vn.doingoai.direction.DirectionFixtures.AGENCY_B;
import static vn.doingoai.direction.DirectionFixtures.COMMUNE;
import static vn.doingoai.direction.DirectionFixtures.OTHER_PROVINCE_AGENCY;
import static vn.doingoai.direction.DirectionFixtures.document;
import static vn.doingoai.direction.DirectionFixtures.task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Policy documents and their tasks through the API and the dataset document: the record and its
 * tasks, the rules of a task (its assignee under the document's unit, due no earlier than the date
 * of issue), a number used once per unit, each a problem at its path; the assignee's reports, and
 * 403 for a user of another unit. Units 40 and 42.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Value("${doingoai.data-dir}")
    String dataDir;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        DirectionFixtures.units(api);
    }

    @Test
    void aDocumentAndItsTasksAreKeptWithVersionAndHistory() throws Exception {
        Map<String, Object> body = document(
                "r13-doc-crud",
                "40",
                "101/KH-UBND",
                "2023-03-15",
                List.of(
                        task("r13-doc-crud-1", AGENCY_A, "Xây dựng danh mục dự án", "2023-06-30", null),
                        task("r13-doc-crud-2", COMMUNE, "Sơ kết 6 tháng", "2023-07-15", "2023-07-10")));
        body.put("issuer", "UBND tỉnh Nghệ An");
        JsonNode created = api.json(api.post("/api/v1/documents", body).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("kind").asString()).isEqualTo("PLAN");
        assertThat(created.get("tasks")).hasSize(2);
        assertThat(created.get("tasks").get(0).get("id").asLong()).isPositive();
        assertThat(created.get("tasks").get(0).has("doneOn")).isTrue();
        assertThat(created.get("tasks").get(0).get("doneOn").isNull()).isTrue();
        assertThat(created.get("tasks").get(1).get("doneOn").asString()).isEqualTo("2023-07-10");

        // replaced with the version read: a task changed, one removed, one added; the kept task keeps its id
        long firstTask = created.get("tasks").get(0).get("id").asLong();
        body.put("version", created.get("version").asLong());
        body.put(
                "tasks",
                List.of(
                        task("r13-doc-crud-1", AGENCY_A, "Xây dựng danh mục dự án kêu gọi đầu tư", "2023-06-30", null),
                        task("r13-doc-crud-3", AGENCY_B, "Trao đổi học sinh", "2023-08-31", null)));
        JsonNode replaced = api.json(api.put("/api/v1/documents/" + id, body).andExpect(status().isOk()));
        assertThat(replaced.get("tasks").get(0).get("id").asLong()).isEqualTo(firstTask);
        assertThat(replaced.get("tasks").get(1).get("assignee").asString()).isEqualTo(AGENCY_B);
        api.put("/api/v1/documents/" + id, body).andExpect(status().isConflict());

        JsonNode history =
                api.json(api.get("/api/v1/documents/" + id + "/history").andExpect(status().isOk()));
        assertThat(history).hasSize(2);
        assertThat(history.get(1).toString()).contains("tasks").contains("Trao đổi học sinh");

        api.get("/api/v1/documents?unit=40&q=danh muc du an")
                .andExpect(jsonPath("$.total").value(1));
        api.get("/api/v1/documents?unit=40&kind=DECISION&q=danh muc du an")
                .andExpect(jsonPath("$.total").value(0));
        api.delete("/api/v1/documents/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/documents/" + id).andExpect(status().isNotFound());
        assertThat(api.json(api.get("/api/v1/documents/" + id + "/history"))).hasSize(3);
    }

    @Test
    void theListExportsToExcelAndTheSearchFindsDocumentsAndTrainings() throws Exception {
        api.post(
                        "/api/v1/documents",
                        document(
                                "r13-doc-xlsx",
                                "40",
                                "33/QĐ-UBND",
                                "2023-04-02",
                                List.of(task("r13-doc-xlsx-1", AGENCY_A, "Việc", "2023-05-01", null))))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/trainings",
                        Map.of(
                                "ref", "r13-doc-xlsx-t",
                                "unit", AGENCY_A,
                                "title", "Bồi dưỡng nghiệp vụ tìm thấy",
                                "startDate", "2023-04-03"))
                .andExpect(status().isCreated());
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        "admin")
                .roles("ADMIN");
        for (String[] list : new String[][] {
            {"/documents?unit=40&format=xlsx", "Số, ký hiệu", "33/QĐ-UBND"},
            {"/trainings?unit=40&format=xlsx", "Số học viên", "Bồi dưỡng nghiệp vụ tìm thấy"}
        }) {
            byte[] xlsx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(list[0])
                            .with(admin))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (var workbook =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                var sheet = workbook.getSheetAt(0);
                StringBuilder cells = new StringBuilder();
                sheet.forEach(
                        row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
                assertThat(cells.toString()).as(list[0]).contains(list[1]).contains(list[2]);
            }
        }
        String found = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/search?q=33/qđ-ubnd")
                                .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains("33/QĐ-UBND");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/search?q=boi duong nghiep vu tim thay")
                                .with(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Bồi dưỡng nghiệp vụ tìm thấy");
    }

    @Test
    void badTasksAndATakenNumberAreProblemsAtTheirPaths() throws Exception {
        api.post("/api/v1/documents", document("r13-doc-taken", "40", "77/QĐ-UBND", "2023-01-10", List.of()))
                .andExpect(status().isCreated());
        Map<String, Object> bad = document(
                "r13-doc-bad",
                "40",
                "77/qđ-ubnd",
                "2023-03-15",
                List.of(
                        task("r13-doc-bad-1", OTHER_PROVINCE_AGENCY, "Việc của tỉnh khác", "2023-06-30", null),
                        task("r13-doc-bad-2", AGENCY_A, "Việc trước ngày ban hành", "2023-03-01", null)));
        api.post("/api/v1/documents", bad)
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'tasks[0].assignee')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'tasks[1].dueOn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'number')]").exists());
        api.get("/api/v1/documents?q=r13-doc-bad").andExpect(jsonPath("$.total").value(0));

        // the same rules in the dataset document, at the section's paths; nothing is written
        String dataset = json.writeValueAsString(Map.of(
                "format",
                "doingoai-dataset/1",
                "documents",
                List.of(
                        document(
                                "r13-ds-ok",
                                "40",
                                "5/KH-UBND",
                                "2023-02-01",
                                List.of(task("r13-ds-ok-1", AGENCY_A, "Việc", "2023-03-01", null))),
                        document(
                                "r13-ds-bad",
                                "40",
                                "5/KH-UBND",
                                "2023-02-01",
                                List.of(
                                        task("r13-ds-bad-1", AGENCY_B, "Việc", "2023-03-01", null),
                                        task("r13-ds-bad-2", OTHER_PROVINCE_AGENCY, "Việc", "2023-01-01", null))))));
        api.post("/api/v1/dataset", dataset)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'documents[1].tasks[1].assignee')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'documents[1].tasks[1].dueOn')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'documents[1].number')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'documents[0].number')]")
                        .doesNotExist());
        api.get("/api/v1/documents?q=r13-ds").andExpect(jsonPath("$.total").value(0));
        // a blank task, an unknown assignee, a control character: problems too, never a 500
        Map<String, Object> odd = document(
                "r13-doc-odd",
                "40",
                "9/KH\u0000",
                "2023-03-15",
                List.of(task("r13-doc-odd-1", "40-NOPE", "Việc", "2023-06-30", null), Map.of()));
        api.post("/api/v1/documents", odd)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'number')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'tasks[1].title')]").exists());
        odd.put("number", "9/KH");
        odd.put("tasks", List.of(task("r13-doc-odd-1", "40-NOPE", "Việc", "2023-06-30", null)));
        api.post("/api/v1/documents", odd)
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'tasks[0].assignee')]").exists());
        odd.put("kind", "MEMO");
        api.post("/api/v1/documents", odd)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists());
    }

    @Test
    void theAssigneeReportsAndMarksDoneAndAnotherUnitGets403() throws Exception {
        Api contributorA = DirectionFixtures.user(api, "r13-contrib-a", "CONTRIBUTOR", AGENCY_A);
        Api contributorB = DirectionFixtures.user(api, "r13-contrib-b", "CONTRIBUTOR", AGENCY_B);
        Api officer = DirectionFixtures.user(api, "r13-officer40", "OFFICER", "40");
        JsonNode created = api.json(officer.post(
                        "/api/v1/documents",
                        document(
                                "r13-doc-report",
                                "40",
                                "12/KH-UBND",
                                "2023-01-05",
                                List.of(
                                        task("r13-doc-report-1", AGENCY_A, "Việc của sở A", "2023-02-28", null),
                                        task("r13-doc-report-2", AGENCY_B, "Việc của sở B", "2023-03-31", null))))
                .andExpect(status().isCreated()));
        long documentId = created.get("id").asLong();
        long taskA = created.get("tasks").get(0).get("id").asLong();
        long taskB = created.get("tasks").get(1).get("id").asLong();

        // each contributor sees only their unit's tasks; the officer sees both
        JsonNode mine = contributorA.json(contributorA.get("/api/v1/tasks?state=ALL&size=100"));
        assertThat(mine.get("items").findValuesAsString("assignee")).containsOnly(AGENCY_A);
        assertThat(mine.get("items").findValuesAsString("ref")).contains("r13-doc-report-1");
        assertThat(officer.json(officer.get("/api/v1/tasks?state=ALL&size=500"))
                        .get("items")
                        .findValuesAsString("ref"))
                .contains("r13-doc-report-1", "r13-doc-report-2");
        // the contributor may not open the document of the province, but sees its name on the task
        contributorA.get("/api/v1/documents/" + documentId).andExpect(status().isForbidden());
        assertThat(mine.toString()).contains("12/KH-UBND");

        contributorA
                .post("/api/v1/tasks/" + taskA + "/notes", Map.of("text", "Đã gửi dự thảo danh mục"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes[0].text").value("Đã gửi dự thảo danh mục"))
                .andExpect(jsonPath("$.notes[0].by").value("r13-contrib-a"));
        contributorB
                .post("/api/v1/tasks/" + taskA + "/notes", Map.of("text", "Không phải việc của tôi"))
                .andExpect(status().isForbidden());
        contributorB.post("/api/v1/tasks/" + taskA + "/done", Map.of()).andExpect(status().isForbidden());
        contributorA
                .post("/api/v1/tasks/" + taskA + "/notes", Map.of("text", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'text')]").exists());
        contributorA
                .post(
                        "/api/v1/tasks/" + taskA + "/done",
                        Map.of("doneOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'doneOn')]").exists());
        contributorA
                .post("/api/v1/tasks/" + taskA + "/done", Map.of("doneOn", "2023-02-27"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doneOn").value("2023-02-27"));
        contributorA.post("/api/v1/tasks/" + taskB + "/done", Map.of()).andExpect(status().isForbidden());

        // the change is the document's: its version and history
        JsonNode after = api.json(api.get("/api/v1/documents/" + documentId));
        assertThat(after.get("version").asLong())
                .isGreaterThan(created.get("version").asLong());
        assertThat(after.get("tasks").get(0).get("doneOn").asString()).isEqualTo("2023-02-27");
        JsonNode history = api.json(api.get("/api/v1/documents/" + documentId + "/history"));
        assertThat(history.findValuesAsString("by")).contains("r13-contrib-a");
        // an officer's replace keeps the notes it does not send
        Map<String, Object> body = document(
                "r13-doc-report",
                "40",
                "12/KH-UBND",
                "2023-01-05",
                List.of(
                        task("r13-doc-report-1", AGENCY_A, "Việc của sở A", "2023-02-28", "2023-02-27"),
                        task("r13-doc-report-2", AGENCY_B, "Việc của sở B", "2023-03-31", null)));
        body.put("version", after.get("version").asLong());
        officer.put("/api/v1/documents/" + documentId, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[0].notes[0].text").value("Đã gửi dự thảo danh mục"));
    }

    @Test
    void theFormKeepsTheSignedFilePostedAsUploadAndAnotherUnitsUserWritesNoFile() throws Exception {
        DirectionFixtures.user(api, "r13-doc-form-42", "OFFICER", "42");
        MockMultipartFile pdf =
                new MockMultipartFile("upload", "ke-hoach-ky.pdf", "application/pdf", new byte[] {37, 80, 68, 70});
        var admin = SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
        var form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/documents")
                .file(pdf)
                .param("ref", "r13-doc-form-file")
                .param("unit", "40")
                .param("kind", "PLAN")
                .param("number", "88/KH-UBND")
                .param("issuedOn", "12/04/2023")
                .param("title", "Kế hoạch có bản ký");
        String saved = mvc.perform(form.with(admin).with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(saved.substring(saved.lastIndexOf('/') + 1));
        JsonNode document = api.json(api.get("/api/v1/documents/" + id));
        assertThat(document.get("file").asString()).isEqualTo("ke-hoach-ky.pdf");

        long before = files("documents");
        var other = SecurityMockMvcRequestPostProcessors.user("r13-doc-form-42").roles("OFFICER");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/documents")
                        .file(new MockMultipartFile("upload", "khac.pdf", "application/pdf", new byte[] {37, 80}))
                        .param("id", String.valueOf(id))
                        .param("version", document.get("version").asString())
                        .param("ref", "r13-doc-form-file")
                        .param("unit", "40")
                        .param("kind", "PLAN")
                        .param("number", "88/KH-UBND")
                        .param("issuedOn", "12/04/2023")
                        .param("title", "Không được sửa")
                        .with(other)
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
        assertThat(files("documents")).isEqualTo(before);
        assertThat(api.json(api.get("/api/v1/documents/" + id)).get("title").asString())
                .isEqualTo("Kế hoạch có bản ký");
    }

    private long files(String under) throws IOException {
        Path dir = Path.of(dataDir, under);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
