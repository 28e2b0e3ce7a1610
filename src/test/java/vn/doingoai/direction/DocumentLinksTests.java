package vn.doingoai.direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.doingoai.direction.DirectionFixtures.AGENCY_A;
import static vn.doingoai.direction.DirectionFixtures.document;
import static vn.doingoai.direction.DirectionFixtures.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The agreements, delegations and events that carry out a policy document, linked both ways: each
 * names the document ({@code policyDocument} on an agreement, whose {@code document} is its signed
 * file; {@code document} on delegations and events) by ref or id, its page names the document, and
 * the document's page lists them. An unknown document is a problem at its field. Unit 40.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentLinksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        DirectionFixtures.units(api);
    }

    @Test
    void recordsCarryingOutADocumentAreLinkedBothWays() throws Exception {
        long documentId = api.json(api.post(
                                "/api/v1/documents",
                                document(
                                        "r13-link-k1",
                                        "40",
                                        "108/KH-UBND",
                                        "2021-06-10",
                                        List.of(task("r13-link-k1-1", AGENCY_A, "Việc", "2021-09-30", null))))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        Map<String, Object> agreement = new HashMap<>(Map.of(
                "ref", "r13-link-a1",
                "unit", AGENCY_A,
                "level", "AGENCY",
                "title", "Thỏa thuận triển khai kế hoạch",
                "status", "PROPOSED",
                "policyDocument", "r13-link-k1"));
        long agreementId = api.json(api.post("/api/v1/agreements", agreement)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.policyDocument").value("r13-link-k1")))
                .get("id")
                .asLong();
        long delegationId = api.json(api.post(
                                "/api/v1/delegations",
                                Map.of(
                                        "ref", "r13-link-d1",
                                        "unit", "40",
                                        "direction", "OUTGOING",
                                        "title", "Đoàn công tác triển khai kế hoạch",
                                        "startDate", "2021-08-01",
                                        "document", String.valueOf(documentId)))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.document").value("r13-link-k1")))
                .get("id")
                .asLong();
        long eventId = api.json(api.post(
                                "/api/v1/events",
                                Map.of(
                                        "ref", "r13-link-e1",
                                        "unit", "40",
                                        "title", "Hội nghị triển khai kế hoạch",
                                        "type", "CONFERENCE",
                                        "format", "IN_PERSON",
                                        "role", "HOSTED",
                                        "startDate", "2021-07-01",
                                        "document", "r13-link-k1"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        api.get("/api/v1/events/" + eventId).andExpect(jsonPath("$.document").value("r13-link-k1"));
        api.get("/api/v1/agreements?unit=" + AGENCY_A)
                .andExpect(jsonPath("$.items[0].policyDocument").value("r13-link-k1"));

        String page = page("/documents/" + documentId);
        assertThat(page)
                .contains("Thỏa thuận triển khai kế hoạch")
                .contains("Đoàn công tác triển khai kế hoạch")
                .contains("Hội nghị triển khai kế hoạch")
                .contains("/agreements/" + agreementId)
                .contains("/delegations/" + delegationId)
                .contains("/events/" + eventId);
        for (String record :
                List.of("/agreements/" + agreementId, "/delegations/" + delegationId, "/events/" + eventId)) {
            assertThat(page(record)).contains("Kế hoạch số 108/KH-UBND").contains("/documents/" + documentId);
        }
        assertThat(page("/events/" + eventId + "?lang=en")).contains("Plan No. 108/KH-UBND");
        assertThat(page("/events/" + eventId + "/edit")).contains("value=\"r13-link-k1\" selected");
        // the history names the document
        api.put(
                        "/api/v1/events/" + eventId,
                        Map.of(
                                "version",
                                        api.json(api.get("/api/v1/events/" + eventId))
                                                .get("version")
                                                .asLong(),
                                "ref", "r13-link-e1",
                                "unit", "40",
                                "title", "Hội nghị triển khai kế hoạch",
                                "type", "CONFERENCE",
                                "format", "IN_PERSON",
                                "role", "HOSTED",
                                "startDate", "2021-07-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.document").doesNotExist());
        assertThat(page("/events/" + eventId)).contains("Kế hoạch 108/KH-UBND");

        // an unknown document: a problem at the field, on the API, in the dataset and on the form
        agreement.put("ref", "r13-link-a2");
        agreement.put("policyDocument", "r13-no-such-document");
        api.post("/api/v1/agreements", agreement)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'policyDocument')]").exists());
        api.post(
                        "/api/v1/dataset",
                        json.writeValueAsString(Map.of(
                                "format",
                                "doingoai-dataset/1",
                                "delegations",
                                List.of(Map.of(
                                        "ref", "r13-link-d2",
                                        "unit", "40",
                                        "direction", "INCOMING",
                                        "title", "Đoàn vào",
                                        "startDate", "2021-08-01",
                                        "status", "PROPOSED",
                                        "document", "r13-no-such-document")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'delegations[0].document')]")
                        .exists());
        mvc.perform(post("/events")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("unit", "40")
                        .param("title", "Sự kiện có văn bản lạ")
                        .param("type", "SEMINAR")
                        .param("format", "ONLINE")
                        .param("role", "ATTENDED")
                        .param("startDate", "2021-07-02")
                        .param("document", "r13-no-such-document"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("is-invalid")));
    }

    @Test
    void aDocumentAndTheRecordsCarryingItOutTravelInOneDatasetDocument() throws Exception {
        String dataset = json.writeValueAsString(Map.of(
                "format",
                "doingoai-dataset/1",
                "events",
                List.of(Map.of(
                        "ref", "r13-ds-link-e1",
                        "unit", "40",
                        "title", "Hội thảo triển khai đề án",
                        "type", "SEMINAR",
                        "format", "IN_PERSON",
                        "role", "HOSTED",
                        "startDate", "2022-03-01",
                        "document", "r13-ds-link-k1")),
                "documents",
                List.of(document("r13-ds-link-k1", "40", "12/ĐA-UBND", "2022-01-20", List.of()))));
        assertThat(api.importDataset(dataset).get("created").asInt()).isEqualTo(2);
        assertThat(api.importDataset(dataset).get("created").asInt()).isZero();
        JsonNode export = api.json(api.get("/api/v1/dataset?unit=40"));
        assertThat(export.get("events").toString()).contains("\"document\":\"r13-ds-link-k1\"");
        // deleting the document unlinks what carried it out
        long documentId = api.json(api.get("/api/v1/documents?unit=40&q=12/ĐA-UBND"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        api.delete("/api/v1/documents/" + documentId).andExpect(status().isNoContent());
        JsonNode event = api.json(api.get("/api/v1/events?unit=40&q=Hội thảo triển khai đề án"))
                .get("items")
                .get(0);
        assertThat(event.has("document")).isFalse();
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
