package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * The drafts of the report on their own (province 86): the steps and who may take them, the numbers
 * given under concurrency, what may be edited when, the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportDraftTests {

    static final String URL = "/api/v1/reports/drafts";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    JsonNode create(Api as, String unit) throws Exception {
        return api.json(as.post(URL, Map.of("unit", unit, "from", "2021-01-01", "to", "2021-12-31"))
                .andExpect(status().isCreated()));
    }

    JsonNode step(Api as, long id, String step) throws Exception {
        return api.json(as.post(URL + "/" + id + "/" + step, null).andExpect(status().isOk()));
    }

    Api user(String role, String unit) throws Exception {
        String name = "r16-" + role.toLowerCase() + "-" + Long.toString(System.nanoTime(), 36);
        api.post("/api/v1/users", Map.of("username", name, "password", name + "-pw", "role", role, "unit", unit))
                .andExpect(status().is2xxSuccessful());
        return api.as(name, name + "-pw");
    }

    @Test
    void concurrentApprovalsTakeTheNextNumbersOneEach() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long id = create(api, "86").get("id").asLong();
            step(api, id, "submit");
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<String>> approvals = new ArrayList<>();
            for (long id : ids.subList(0, 3)) {
                approvals.add(() -> step(api, id, "approve").get("number").asString());
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(approvals)) {
                String number = f.get();
                assertThat(number).matches("\\d+/BC-SNgV");
                numbers.add(Integer.parseInt(number.substring(0, number.indexOf('/'))));
            }
            int first = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertThat(numbers).containsExactlyInAnyOrder(first, first + 1, first + 2);
            assertThat(step(api, ids.get(3), "approve").get("number").asString())
                    .isEqualTo((first + 3) + "/BC-SNgV");
        } finally {
            pool.shutdown();
        }
        // an approved report is frozen: no edit, no step back, no delete
        api.put(URL + "/" + ids.get(0), Map.of("unit", "86", "version", 99)).andExpect(status().isConflict());
        api.post(URL + "/" + ids.get(0) + "/return", null).andExpect(status().isBadRequest());
        api.delete(URL + "/" + ids.get(0)).andExpect(status().isBadRequest());
    }

    @Test
    void onlyAnApproverOfTheUnitApprovesAndAReturnedDraftIsADraftAgain() throws Exception {
        Api officer = user("OFFICER", "86");
        Api approver = user("APPROVER", "86");
        Api elsewhere = user("APPROVER", "38");
        Api viewer = user("VIEWER", "86");
        viewer.post(URL, Map.of("unit", "86", "from", "2021-01-01", "to", "2021-12-31"))
                .andExpect(status().isForbidden());
        JsonNode draft = create(officer, "86");
        long id = draft.get("id").asLong();
        officer.post(URL + "/" + id + "/approve", null).andExpect(status().isBadRequest());
        step(officer, id, "submit");
        officer.post(URL + "/" + id + "/approve", null).andExpect(status().isForbidden());
        elsewhere.post(URL + "/" + id + "/approve", null).andExpect(status().isForbidden());
        elsewhere.get(URL + "/" + id).andExpect(status().isForbidden());
        JsonNode returned = step(approver, id, "return");
        assertThat(returned.get("status").asString()).isEqualTo("DRAFT");
        assertThat(returned.get("approvedBy").isNull()).isTrue();
        assertThat(returned.get("number").isNull()).isTrue();
        Map<String, Object> edit = new HashMap<>();
        edit.put("version", returned.get("version").asLong());
        edit.put("unit", "86");
        edit.put("symbol", "BC-VP");
        JsonNode edited = api.json(officer.put(URL + "/" + id, edit).andExpect(status().isOk()));
        assertThat(edited.get("issue").get("symbol").asString()).isEqualTo("BC-VP");
        assertThat(edited.get("issue").get("issuer").asString()).isEqualTo("SỞ NGOẠI VỤ");
        assertThat(edited.get("issue").get("issuerAbove").asString()).isEqualTo("UBND TỈNH VĨNH LONG");
        api.json(officer.get(URL + "?unit=86").andExpect(status().isOk()));
        officer.get(URL + "?unit=86")
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].status").value("DRAFT"));
        officer.delete(URL + "/" + id + "?version=" + edited.get("version").asLong())
                .andExpect(status().isNoContent());
        officer.get(URL + "/" + id).andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAProblemAtItsField() throws Exception {
        api.post(URL, Map.of("unit", "86", "from", "2021-01-01", "to", "2021-12-31", "texts", Map.of("nope", "x")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("texts.nope"));
        api.post(URL, Map.of("unit", "86", "from", "2021-01-01", "to", "2021-12-31", "language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        api.post(URL, Map.of("unit", "86", "from", "2021-12-31", "to", "2021-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        api.post(URL, Map.of("unit", "86", "from", "2021-01-01", "to", "2021-12-31", "signerName", "A\u0000B"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signerName"));
    }

    @Test
    void theDraftsPagesMakeEditSendAndApproveADraft() throws Exception {
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        "admin")
                .roles("ADMIN");
        String location = mvc.perform(post("/reports/drafts")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "86")
                        .param("from", "2021-01-01")
                        .param("to", "2021-06-30")
                        .param("language", "vi"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/reports/drafts/\\d+");
        String page = mvc.perform(get(location).with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"draft-form\"", "id=\"official-document\"", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains(
                        "Kết quả công tác đối ngoại 6 tháng đầu năm 2021 của tỉnh Vĩnh Long", "data-status=\"DRAFT\"");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long version = api.json(api.get(URL + "/" + id)).get("version").asLong();
        // a refused save keeps what was typed, with the problem beside its field
        String refused = mvc.perform(post(location)
                        .with(admin)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("signerName", "Trần Thị B")
                        .param("issuedOn", "mai"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("value=\"Trần Thị B\"", "invalid-feedback");
        mvc.perform(post(location)
                        .with(admin)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("signerName", "Trần Thị B"))
                .andExpect(redirectedUrl(location));
        assertThat(api.json(api.get(URL + "/" + id))
                        .get("issue")
                        .get("signerName")
                        .asString())
                .isEqualTo("Trần Thị B");
        version = api.json(api.get(URL + "/" + id)).get("version").asLong();
        mvc.perform(post(location + "/submit").with(admin).with(csrf()).param("version", String.valueOf(version)))
                .andExpect(redirectedUrl(location));
        mvc.perform(post(location + "/approve").with(admin).with(csrf())).andExpect(redirectedUrl(location));
        String approved =
                mvc.perform(get(location).with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(approved)
                .contains("data-status=\"APPROVED\"", "id=\"signed-docx\"", "id=\"figures-unchanged\"")
                .doesNotContain("id=\"draft-form\"");
        assertThat(mvc.perform(get("/reports/drafts?unit=86").with(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/reports/drafts/" + id);
    }
}
