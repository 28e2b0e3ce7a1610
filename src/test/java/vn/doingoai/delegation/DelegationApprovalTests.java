package vn.doingoai.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
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
 * Approval of delegations cannot be skipped (issue 11): not by an officer's dataset, on the API or
 * the page, not by re-importing a proposal as done, not by a PUT back to proposed; an approver's
 * decision records who approved, the number and the date. Unit 51.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DelegationApprovalTests {

    static final String OFFICER = "appr-officer51";
    static final String APPROVER = "appr-leader51";
    static final String PASSWORD = "appr-test-pw-51";
    static final String SUMMARY = "/api/v1/reports/summary?unit=51&from=2023-01-01&to=2023-12-31";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api admin;
    Api officer;
    Api approver;

    @BeforeEach
    void setUp() throws Exception {
        admin = new Api(mvc, json);
        admin.post("/api/v1/users", Map.of("username", OFFICER, "password", PASSWORD, "role", "OFFICER", "unit", "51"));
        admin.post(
                "/api/v1/users", Map.of("username", APPROVER, "password", PASSWORD, "role", "APPROVER", "unit", "51"));
        officer = admin.as(OFFICER, PASSWORD);
        approver = admin.as(APPROVER, PASSWORD);
    }

    static String document(String... delegations) {
        return "{\"format\": \"doingoai-dataset/1\", \"delegations\": [" + String.join(",", delegations) + "]}";
    }

    static String delegation(String ref, String status, String more) {
        return """
                {"ref": "%s", "unit": "51", "direction": "OUTGOING", "title": "Đoàn %s", "countries": ["JP"],
                 "startDate": "2023-05-02", "memberCount": 3, "status": "%s"%s}"""
                .formatted(ref, ref, status, more);
    }

    long outgoing() throws Exception {
        return admin.json(admin.get(SUMMARY))
                .get("figures")
                .get("delegations.outgoing")
                .get("value")
                .asLong();
    }

    JsonNode byRef(String ref) throws Exception {
        JsonNode items =
                admin.json(admin.get("/api/v1/delegations?unit=51&q=" + ref)).get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    @Test
    void anOfficersDatasetWithAnApprovedDelegationIsRefusedAtItsPathAndNotCounted() throws Exception {
        long before = outgoing();
        officer.post(
                        "/api/v1/dataset",
                        document(
                                delegation("ap51-ok", "PROPOSED", ""),
                                delegation("ap51-approved", "APPROVED", ""),
                                delegation("ap51-done", "DONE", ", \"decisionNumber\": \"9/QĐ\""),
                                delegation("ap51-named", "PROPOSED", ", \"approvedBy\": \"chu-tich\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'delegations[1].status')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'delegations[2].status')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'delegations[3].approvedBy')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field =~ /delegations\\[0\\].*/)]")
                        .doesNotExist());
        assertThat(byRef("ap51-ok")).isNull();
        assertThat(byRef("ap51-approved")).isNull();
        assertThat(outgoing()).isEqualTo(before);

        // the same through the dataset page
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "dataset.json",
                "application/json",
                document(delegation("ap51-page", "APPROVED", "")).getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/dataset/check").file(file).with(user(OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("delegations[0].status")));
        assertThat(byRef("ap51-page")).isNull();
        assertThat(outgoing()).isEqualTo(before);
    }

    @Test
    void reimportingAProposedDelegationAsDoneChangesNothing() throws Exception {
        officer.importDataset(document(delegation("ap51-again", "PROPOSED", "")));
        long before = outgoing();
        for (Api who : new Api[] {officer, approver, admin}) {
            who.post("/api/v1/dataset", document(delegation("ap51-again", "DONE", "")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("delegations[0].status"));
        }
        officer.post("/api/v1/dataset", document(delegation("ap51-again", "APPROVED", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("delegations[0].status"));
        assertThat(byRef("ap51-again").get("status").asString()).isEqualTo("PROPOSED");
        assertThat(outgoing()).isEqualTo(before);

        // the approver may approve it by import, and is recorded; re-importing it changes nothing
        JsonNode approved = approver.importDataset(
                document(delegation("ap51-again", "APPROVED", ", \"decisionNumber\": \"3/QĐ\"")));
        assertThat(approved.get("updated").asInt()).isEqualTo(1);
        assertThat(byRef("ap51-again").get("approvedBy").asString()).isEqualTo(APPROVER);
        assertThat(outgoing()).isEqualTo(before + 1);
        JsonNode again = officer.importDataset(document(delegation("ap51-again", "APPROVED", "")));
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(byRef("ap51-again").get("decisionNumber").asString()).isEqualTo("3/QĐ");
    }

    @Test
    void anApproverDecidesTheOfficerReportsAndNothingGoesBack() throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of(
                "ref", "ap51-flow",
                "unit", "51",
                "direction", "INCOMING",
                "title", "Đoàn tỉnh Kagoshima",
                "startDate", "2023-08-01",
                "memberCount", 4));
        JsonNode created = admin.json(officer.post("/api/v1/delegations", body).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.has("approvedBy")).isFalse();

        JsonNode approved = admin.json(approver.post(
                        "/api/v1/delegations/" + id + "/approve",
                        Map.of("decisionNumber", "45/QĐ-UBND", "decisionDate", "2023-07-20"))
                .andExpect(status().isOk()));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedBy").asString()).isEqualTo(APPROVER);
        assertThat(approved.get("decisionNumber").asString()).isEqualTo("45/QĐ-UBND");
        assertThat(approved.get("decisionDate").asString()).isEqualTo("2023-07-20");

        JsonNode done = admin.json(officer.post("/api/v1/delegations/" + id + "/done", Map.of("reportText", "Xong"))
                .andExpect(status().isOk()));
        assertThat(done.get("approvedBy").asString()).isEqualTo(APPROVER);

        // a PUT back to proposed is refused for everyone, at status; nothing changes
        for (Api who : new Api[] {officer, admin}) {
            Map<String, Object> back = new HashMap<>(body);
            back.put("status", "PROPOSED");
            back.put("version", done.get("version").asLong());
            who.put("/api/v1/delegations/" + id, back)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("status"));
        }
        // an officer may not change the decision, but may send it back as it is
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("decisionNumber", "46/QĐ-UBND");
        changed.put("version", done.get("version").asLong());
        officer.put("/api/v1/delegations/" + id, changed).andExpect(status().isForbidden());
        changed.put("decisionNumber", "45/QĐ-UBND");
        changed.put("title", "Đoàn tỉnh Kagoshima (sửa)");
        officer.put("/api/v1/delegations/" + id, changed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.approvedBy").value(APPROVER))
                .andExpect(jsonPath("$.decisionDate").value("2023-07-20"));
    }

    @Test
    void onlyAnApproverSeesTheDecisionOnThePage() throws Exception {
        long id = admin.json(officer.post(
                        "/api/v1/delegations",
                        Map.of(
                                "unit", "51",
                                "direction", "OUTGOING",
                                "title", "Đoàn chờ duyệt trang",
                                "startDate", "2023-09-01")))
                .get("id")
                .asLong();
        mvc.perform(get("/delegations/" + id).with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"approve-submit\""))));
        mvc.perform(get("/delegations/" + id).with(user(APPROVER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"approve-submit\"")))
                .andExpect(content().string(Matchers.containsString("id=\"reject-submit\"")))
                .andExpect(content().string(Matchers.containsString("name=\"decisionNumber\"")));
        mvc.perform(get("/").with(user(APPROVER)))
                .andExpect(content().string(Matchers.containsString("Đoàn chờ duyệt trang")));
    }
}
