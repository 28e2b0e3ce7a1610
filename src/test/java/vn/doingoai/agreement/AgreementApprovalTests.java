package vn.doingoai.agreement;

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
 * Signing a local international agreement takes the province leader's approval (issue 11): only an
 * approver of the unit makes an agreement SIGNED, by the API, the page or an import, and the
 * approver, decision number and date are recorded; termination keeps them. Unit 56.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementApprovalTests {

    static final String OFFICER = "appr-officer56";
    static final String APPROVER = "appr-leader56";
    static final String PASSWORD = "appr-test-pw-56";
    static final String SUMMARY = "/api/v1/reports/summary?unit=56&from=2022-01-01&to=2022-12-31";

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
        admin.post("/api/v1/users", Map.of("username", OFFICER, "password", PASSWORD, "role", "OFFICER", "unit", "56"));
        admin.post(
                "/api/v1/users", Map.of("username", APPROVER, "password", PASSWORD, "role", "APPROVER", "unit", "56"));
        officer = admin.as(OFFICER, PASSWORD);
        approver = admin.as(APPROVER, PASSWORD);
    }

    static String document(String... agreements) {
        return "{\"format\": \"doingoai-dataset/1\", \"agreements\": [" + String.join(",", agreements) + "]}";
    }

    static String agreement(String ref, String status, String more) {
        return """
                {"ref": "%s", "unit": "56", "level": "PROVINCE", "title": "Thỏa thuận %s", "partners": [],
                 "signedOn": "2022-06-01", "validFrom": "2022-06-01", "fields": ["TOURISM"], "status": "%s"%s}"""
                .formatted(ref, ref, status, more);
    }

    static Map<String, Object> body(String title, String status) {
        Map<String, Object> a = new HashMap<>();
        a.put("unit", "56");
        a.put("level", "AGENCY");
        a.put("title", title);
        a.put("status", status);
        a.put("signedOn", "2022-09-09");
        a.put("fields", List.of("CULTURE"));
        return a;
    }

    long signed() throws Exception {
        return admin.json(admin.get(SUMMARY))
                .get("figures")
                .get("agreements.signed")
                .get("value")
                .asLong();
    }

    JsonNode byRef(String ref) throws Exception {
        JsonNode items =
                admin.json(admin.get("/api/v1/agreements?unit=56&q=" + ref)).get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    @Test
    void anOfficersDatasetWithASignedAgreementIsRefusedAtItsPathAndNotCounted() throws Exception {
        long before = signed();
        officer.post(
                        "/api/v1/dataset",
                        document(
                                agreement("ag56-p", "PROPOSED", ""),
                                agreement("ag56-s", "SIGNED", ""),
                                agreement("ag56-t", "TERMINATED", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("agreements[1].status"))
                .andExpect(jsonPath("$.errors[1].field").value("agreements[2].status"));
        assertThat(byRef("ag56-p")).isNull();
        assertThat(signed()).isEqualTo(before);

        // proposed, then re-imported as signed by the officer: refused, nothing changes
        officer.importDataset(document(agreement("ag56-p", "PROPOSED", "")));
        officer.post("/api/v1/dataset", document(agreement("ag56-p", "SIGNED", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agreements[0].status"));
        assertThat(byRef("ag56-p").get("status").asString()).isEqualTo("PROPOSED");
        assertThat(signed()).isEqualTo(before);

        // the approver's import signs it, recording the approver; the officer's re-import of the export changes nothing
        approver.importDataset(document(
                agreement("ag56-p", "SIGNED", ", \"decisionNumber\": \"8/QĐ\", \"decisionDate\": \"2022-05-30\"")));
        JsonNode a = byRef("ag56-p");
        assertThat(a.get("approvedBy").asString()).isEqualTo(APPROVER);
        assertThat(a.get("decisionNumber").asString()).isEqualTo("8/QĐ");
        assertThat(signed()).isEqualTo(before + 1);
        String export = admin.json(admin.get("/api/v1/dataset?unit=56")).toString();
        JsonNode again = officer.importDataset(export);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
    }

    @Test
    void anApproverApprovesTheSigningAndNothingGoesBack() throws Exception {
        officer.post("/api/v1/agreements", body("Ký ngay", "SIGNED")).andExpect(status().isForbidden());
        Map<String, Object> proposal = body("Hợp tác du lịch với Jeju", "PROPOSED");
        proposal.remove("signedOn");
        JsonNode created =
                admin.json(officer.post("/api/v1/agreements", proposal).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        Map<String, Object> put = new HashMap<>(proposal);
        put.put("status", "SIGNED");
        put.put("signedOn", "2022-09-09");
        put.put("version", created.get("version").asLong());
        officer.put("/api/v1/agreements/" + id, put).andExpect(status().isForbidden());
        officer.post(
                        "/api/v1/agreements/" + id + "/approve",
                        Map.of("decisionNumber", "1/QĐ", "decisionDate", "2022-09-01"))
                .andExpect(status().isForbidden());

        approver.post("/api/v1/agreements/" + id + "/approve", Map.of("decisionDate", "2022-09-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'decisionNumber')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'signedOn')]").exists());
        JsonNode approved = admin.json(approver.post(
                        "/api/v1/agreements/" + id + "/approve",
                        Map.of(
                                "decisionNumber", "1203/QĐ-UBND",
                                "decisionDate", "2022-09-01",
                                "signedOn", "2022-09-09",
                                "version", created.get("version").asLong()))
                .andExpect(status().isOk()));
        assertThat(approved.get("status").asString()).isEqualTo("SIGNED");
        assertThat(approved.get("approvedBy").asString()).isEqualTo(APPROVER);
        assertThat(approved.get("decisionNumber").asString()).isEqualTo("1203/QĐ-UBND");
        assertThat(approved.get("decisionDate").asString()).isEqualTo("2022-09-01");
        assertThat(approved.get("signedOn").asString()).isEqualTo("2022-09-09");
        assertThat(approved.has("approval")).isFalse();

        // back to proposed: 400 at status for everyone
        Map<String, Object> back = new HashMap<>(put);
        back.put("status", "PROPOSED");
        back.put("version", approved.get("version").asLong());
        for (Api who : new Api[] {officer, admin}) {
            who.put("/api/v1/agreements/" + id, back)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("status"));
        }
        // termination is recorded by the officer and keeps the approval of the signing
        JsonNode terminated = admin.json(officer.post(
                        "/api/v1/agreements/" + id + "/terminate",
                        Map.of("version", approved.get("version").asLong()))
                .andExpect(status().isOk()));
        assertThat(terminated.get("status").asString()).isEqualTo("TERMINATED");
        assertThat(terminated.get("approvedBy").asString()).isEqualTo(APPROVER);
        Map<String, Object> again = new HashMap<>(put);
        again.put("version", terminated.get("version").asLong());
        admin.put("/api/v1/agreements/" + id, again)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void theAgreementsPageOffersTheApprovalToAnApproverOnly() throws Exception {
        Map<String, Object> proposal = body("Thỏa thuận chờ ký trên trang", "PROPOSED");
        JsonNode created =
                admin.json(officer.post("/api/v1/agreements", proposal).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        mvc.perform(get("/agreements/" + id).with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"approve-submit\""))));
        mvc.perform(get("/agreements/new").with(user(OFFICER)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"SIGNED\""))));
        mvc.perform(get("/agreements/" + id + "?lang=en").with(user(APPROVER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"approve-submit\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get("/").with(user(APPROVER)))
                .andExpect(content().string(Matchers.containsString("Thỏa thuận chờ ký trên trang")))
                .andExpect(content().string(Matchers.containsString("Thỏa thuận chờ phê duyệt")));

        mvc.perform(post("/agreements/" + id + "/approve")
                        .with(user(APPROVER))
                        .with(csrf())
                        .param("version", created.get("version").asString())
                        .param("decisionDate", "2022-10-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
        mvc.perform(post("/agreements/" + id + "/approve")
                        .with(user(APPROVER))
                        .with(csrf())
                        .param("version", created.get("version").asString())
                        .param("decisionNumber", "77/QĐ-UBND")
                        .param("decisionDate", "2022-10-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agreements/" + id).with(user(OFFICER)))
                .andExpect(content().string(Matchers.containsString("77/QĐ-UBND")))
                .andExpect(content().string(Matchers.containsString(APPROVER)))
                .andExpect(content().string(Matchers.containsString("id=\"terminate-submit\"")));
    }
}
