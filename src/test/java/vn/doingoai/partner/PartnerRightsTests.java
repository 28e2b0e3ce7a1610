package vn.doingoai.partner;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
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
 * A partner that other units' records name is changed only by users who may write the records of
 * all of them, or by admins. Units 44 (whose event names the partner) and 46 (which does not).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerRightsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    private void newUser(String name, String role, String unit) throws Exception {
        api.post("/api/v1/users", Map.of("username", name, "password", name + "-pw", "role", role, "unit", unit))
                .andExpect(status().isCreated());
    }

    @Test
    void onlyUsersWhoMayWriteEveryUnitNamingAPartnerChangeIt() throws Exception {
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "sec-p44", "kind": "OTHER", "name": "Partner of Quang Tri only"}],
                 "events": [{"ref": "sec-e44", "unit": "44", "title": "Sec event 44", "type": "OTHER",
                   "format": "IN_PERSON", "role": "HOSTED", "startDate": "2021-06-01", "endDate": "2021-06-01",
                   "partners": ["sec-p44"]}]}""");
        JsonNode partner = api.json(api.get("/api/v1/partners?q=Partner of Quang Tri only"))
                .get("items")
                .get(0);
        long id = partner.get("id").asLong();
        newUser("officer46s", "OFFICER", "46");
        newUser("contrib46s", "CONTRIBUTOR", "46");
        newUser("officer44s", "OFFICER", "44");
        Map<String, Object> renamed = new HashMap<>(Map.of(
                "ref",
                "sec-p44",
                "kind",
                "OTHER",
                "name",
                "Renamed by 46",
                "version",
                partner.get("version").asLong()));

        Api officer46 = api.as("officer46s", "officer46s-pw");
        officer46.put("/api/v1/partners/" + id, renamed).andExpect(status().isForbidden());
        api.as("contrib46s", "contrib46s-pw")
                .put("/api/v1/partners/" + id, renamed)
                .andExpect(status().isForbidden());
        officer46.delete("/api/v1/partners/" + id).andExpect(status().isForbidden());
        officer46
                .post(
                        "/api/v1/dataset",
                        "{\"format\": \"doingoai-dataset/1\", \"partners\": [{\"ref\": \"sec-p44\", \"kind\": \"OTHER\","
                                + " \"name\": \"Renamed by 46\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners[0].ref"));
        // re-importing it unchanged is no change, and allowed
        officer46
                .post(
                        "/api/v1/dataset",
                        "{\"format\": \"doingoai-dataset/1\", \"partners\": [{\"ref\": \"sec-p44\", \"kind\": \"OTHER\","
                                + " \"name\": \"Partner of Quang Tri only\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(0));
        // the page offers no edit to them
        mvc.perform(get("/partners/" + id).with(user("officer46s")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/partners/" + id + "/edit"))));
        mvc.perform(get("/partners/" + id + "/edit").with(user("officer46s"))).andExpect(status().isForbidden());
        api.get("/api/v1/partners/" + id).andExpect(jsonPath("$.name").value("Partner of Quang Tri only"));

        // an officer of the unit whose records name it, and an admin, may
        api.as("officer44s", "officer44s-pw")
                .put("/api/v1/partners/" + id, renamed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed by 46"));
        renamed.put("name", "Renamed by the admin");
        renamed.put(
                "version",
                api.json(api.get("/api/v1/partners/" + id)).get("version").asLong());
        api.put("/api/v1/partners/" + id, renamed).andExpect(status().isOk());
    }
}
