package vn.doingoai.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
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
 * Aid items have an approval (issue 11): an item without a status is PROPOSED and counts in the
 * aid figures as before; only an approver of the unit makes it APPROVED or REJECTED, by the API,
 * the page or an import, recording the approver, decision number and date. Unit 66.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AidApprovalTests {

    static final String OFFICER = "appr-officer66";
    static final String APPROVER = "appr-leader66";
    static final String PASSWORD = "appr-test-pw-66";
    static final String SUMMARY = "/api/v1/reports/summary?unit=66&from=2022-01-01&to=2022-12-31";

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
        admin.post("/api/v1/users", Map.of("username", OFFICER, "password", PASSWORD, "role", "OFFICER", "unit", "66"));
        admin.post(
                "/api/v1/users", Map.of("username", APPROVER, "password", PASSWORD, "role", "APPROVER", "unit", "66"));
        officer = admin.as(OFFICER, PASSWORD);
        approver = admin.as(APPROVER, PASSWORD);
    }

    static String document(String... items) {
        return "{\"format\": \"doingoai-dataset/1\", \"aid\": [" + String.join(",", items) + "]}";
    }

    static String item(String ref, String more) {
        return """
                {"ref": "%s", "unit": "66", "kind": "PROJECT", "title": "Viện trợ %s", "startDate": "2022-02-01",
                 "transactions": [{"type": "COMMITMENT", "date": "2022-02-01", "value": {"amount": 1000, "currency": "USD"}}]%s}"""
                .formatted(ref, ref, more);
    }

    static Map<String, Object> body(String title) {
        Map<String, Object> a = new HashMap<>();
        a.put("unit", "66");
        a.put("kind", "EMERGENCY_RELIEF");
        a.put("title", title);
        a.put("startDate", "2022-03-01");
        a.put("transactions", List.of());
        return a;
    }

    JsonNode byRef(String ref) throws Exception {
        JsonNode items = admin.json(admin.get("/api/v1/aid?unit=66&q=" + ref)).get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    @Test
    void anOfficersDatasetMayNotCarryAnApprovalAndAnItemWithoutOneIsProposed() throws Exception {
        officer.post(
                        "/api/v1/dataset",
                        document(
                                item("aid66-plain", ""),
                                item("aid66-approved", ", \"status\": \"APPROVED\", \"approvalNumber\": \"5/QĐ\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("aid[1].status"));
        assertThat(byRef("aid66-plain")).isNull();

        officer.importDataset(document(item("aid66-plain", "")));
        JsonNode plain = byRef("aid66-plain");
        assertThat(plain.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(plain.has("approvedBy")).isFalse();
        // the aid figures do not depend on the approval
        assertThat(admin.json(admin.get(SUMMARY))
                        .get("figures")
                        .get("aid.committed")
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo("1000");

        // re-importing it as approved by the officer: refused, nothing changes
        officer.post("/api/v1/dataset", document(item("aid66-plain", ", \"status\": \"APPROVED\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("aid[0].status"));
        assertThat(byRef("aid66-plain").get("status").asString()).isEqualTo("PROPOSED");

        // the approver's import approves it, recording the approver; re-importing without a status keeps it
        approver.importDataset(document(item(
                "aid66-plain",
                ", \"status\": \"APPROVED\", \"approvalNumber\": \"6/QĐ\", \"approvalDate\": \"2022-01-20\"")));
        assertThat(byRef("aid66-plain").get("approvedBy").asString()).isEqualTo(APPROVER);
        JsonNode again = officer.importDataset(document(item("aid66-plain", "")));
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(byRef("aid66-plain").get("status").asString()).isEqualTo("APPROVED");
        assertThat(byRef("aid66-plain").get("approvalNumber").asString()).isEqualTo("6/QĐ");
    }

    @Test
    void anApproverDecidesAndNothingGoesBack() throws Exception {
        Map<String, Object> approvedAtOnce = body("Tự duyệt");
        approvedAtOnce.put("status", "APPROVED");
        officer.post("/api/v1/aid", approvedAtOnce).andExpect(status().isForbidden());

        JsonNode created =
                admin.json(officer.post("/api/v1/aid", body("Cứu trợ bão Yagi")).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("PROPOSED");
        officer.post("/api/v1/aid/" + id + "/approve", Map.of("approvalNumber", "1/QĐ", "approvalDate", "2022-03-02"))
                .andExpect(status().isForbidden());
        approver.post("/api/v1/aid/" + id + "/approve", Map.of("approvalNumber", "1/QĐ"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approvalDate"));
        JsonNode approved = admin.json(approver.post(
                        "/api/v1/aid/" + id + "/approve",
                        Map.of("approvalNumber", "2233/QĐ-UBND", "approvalDate", "2022-03-02"))
                .andExpect(status().isOk()));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedBy").asString()).isEqualTo(APPROVER);
        assertThat(approved.get("approvalNumber").asString()).isEqualTo("2233/QĐ-UBND");
        assertThat(approved.get("approvalDate").asString()).isEqualTo("2022-03-02");

        Map<String, Object> back = body("Cứu trợ bão Yagi");
        back.put("status", "PROPOSED");
        back.put("version", approved.get("version").asLong());
        officer.put("/api/v1/aid/" + id, back)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        Map<String, Object> renumbered = body("Cứu trợ bão Yagi");
        renumbered.put("approvalNumber", "9999/QĐ");
        renumbered.put("version", approved.get("version").asLong());
        officer.put("/api/v1/aid/" + id, renumbered).andExpect(status().isForbidden());
        approver.post("/api/v1/aid/" + id + "/reject", Map.of()).andExpect(status().isBadRequest());

        // an item left without its status in a PUT keeps it and its approval
        Map<String, Object> edited = body("Cứu trợ sau bão Yagi");
        edited.put("version", approved.get("version").asLong());
        officer.put("/api/v1/aid/" + id, edited)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value(APPROVER))
                .andExpect(jsonPath("$.approvalNumber").value("2233/QĐ-UBND"));
    }

    @Test
    void theItemsPageOffersTheDecisionToAnApproverOnly() throws Exception {
        JsonNode created = admin.json(officer.post("/api/v1/aid", body("Viện trợ chờ duyệt trên trang"))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        mvc.perform(get("/aid/" + id).with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"approve-submit\""))));
        mvc.perform(get("/aid/" + id + "?lang=en").with(user(APPROVER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"approve-submit\"")))
                .andExpect(content().string(Matchers.containsString("id=\"reject-submit\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get("/").with(user(APPROVER)))
                .andExpect(content().string(Matchers.containsString("Viện trợ chờ duyệt trên trang")))
                .andExpect(content().string(Matchers.containsString("Viện trợ chờ phê duyệt")));

        mvc.perform(post("/aid/" + id + "/reject")
                        .with(user(APPROVER))
                        .with(csrf())
                        .param("version", created.get("version").asString())
                        .param("approvalNumber", "88/QĐ-UBND")
                        .param("approvalDate", "2022-04-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/aid/" + id).with(user(OFFICER)))
                .andExpect(content().string(Matchers.containsString("data-status=\"REJECTED\"")))
                .andExpect(content().string(Matchers.containsString("88/QĐ-UBND")))
                .andExpect(content().string(Matchers.containsString(APPROVER)));
        mvc.perform(get("/aid/" + id).with(user(APPROVER)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"approve-submit\""))));
    }
}
