package vn.doingoai.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Training courses: the API with its version and history, rights by unit, bad input at its path, the
 * dataset section, search, and the figures {@code training.courses} / {@code training.trainees}
 * (courses starting in the period) with the year before. An agency of Cà Mau (96).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingTests {

    static final String AGENCY = "96-R13T";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        DirectionFixtures.unit(api, AGENCY, "96", "AGENCY", "Sở Ngoại vụ Cà Mau (thử)");
    }

    private static Map<String, Object> training(String ref, String title, String start, Integer trainees) {
        Map<String, Object> t = new HashMap<>();
        t.put("ref", ref);
        t.put("unit", AGENCY);
        t.put("title", title);
        t.put("startDate", start);
        t.put("trainees", trainees);
        return t;
    }

    @Test
    void aCourseIsKeptWithVersionHistoryAndRights() throws Exception {
        Map<String, Object> body = training("r13-tr-1", "Tập huấn lễ tân đối ngoại", "2023-05-16", 120);
        body.put("endDate", "2023-05-17");
        body.put("organiser", "Sở Ngoại vụ");
        JsonNode created = api.json(api.post("/api/v1/trainings", body).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("trainees").asInt()).isEqualTo(120);
        body.put("version", created.get("version").asLong());
        body.put("trainees", 125);
        api.put("/api/v1/trainings/" + id, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trainees").value(125));
        api.put("/api/v1/trainings/" + id, body).andExpect(status().isConflict());
        JsonNode history = api.json(api.get("/api/v1/trainings/" + id + "/history"));
        assertThat(history).hasSize(2);
        assertThat(history.get(1).toString()).contains("trainees").contains("125");
        api.get("/api/v1/trainings?q=le tan doi ngoai")
                .andExpect(jsonPath("$.total").value(1));

        Api other = DirectionFixtures.user(api, "r13-tr-other", "OFFICER", "92");
        other.get("/api/v1/trainings/" + id).andExpect(status().isForbidden());
        other.get("/api/v1/trainings?unit=" + AGENCY).andExpect(status().isForbidden());
        other.post("/api/v1/trainings", training("r13-tr-2", "Không được", "2023-05-16", 1))
                .andExpect(status().isForbidden());

        Map<String, Object> bad = training("r13-tr-bad", "Sai", "2023-05-16", -3);
        bad.put("endDate", "2023-05-01");
        api.post("/api/v1/trainings", bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'trainees')]").exists());
        bad.put("trainees", 3);
        api.post("/api/v1/trainings", bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'endDate')]").exists());
        api.delete("/api/v1/trainings/" + id).andExpect(status().isNoContent());
    }

    @Test
    void theSectionAndTheFiguresCountCoursesStartingInThePeriod() throws Exception {
        String dataset = json.writeValueAsString(Map.of(
                "format",
                "doingoai-dataset/1",
                "trainings",
                List.of(
                        training("r13-trf-1", "Lớp một", "2022-03-01", 40),
                        training("r13-trf-2", "Lớp hai", "2022-12-30", 25),
                        training("r13-trf-3", "Lớp ba", "2021-06-01", 10),
                        training("r13-trf-4", "Lớp bốn", "2023-01-01", 99),
                        training("r13-trf-5", "Lớp năm, chưa rõ số học viên", "2022-07-01", null))));
        assertThat(api.importDataset(dataset).get("created").asInt()).isEqualTo(5);
        assertThat(api.importDataset(dataset).get("created").asInt()).isZero();
        JsonNode figures = api.json(
                        api.get("/api/v1/reports/summary?unit=" + AGENCY + "&from=2022-01-01&to=2022-12-31"))
                .get("figures");
        assertThat(figures.get("training.courses").get("value").asInt()).isEqualTo(3);
        assertThat(figures.get("training.courses").get("previous").asInt()).isEqualTo(1);
        assertThat(figures.get("training.trainees").get("value").asInt()).isEqualTo(65);
        assertThat(figures.get("training.trainees").get("previous").asInt()).isEqualTo(10);
        assertThat(figures.get("training.trainees").get("unit").asString()).isEqualTo("PERSONS");
        JsonNode export = api.json(api.get("/api/v1/dataset?unit=" + AGENCY));
        assertThat(export.get("trainings")).hasSize(5);
        assertThat(export.get("trainings").get(0).has("id")).isFalse();
    }
}
