package vn.doingoai.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/** A delegation carries out an agreement: the agreement's page lists it among its activities. Unit 11. */
@SpringBootTest
@AutoConfigureMockMvc
class DelegationAgreementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void anAgreementListsTheDelegationsThatCarryItOut() throws Exception {
        Api api = new Api(mvc, json);
        String document =
                """
                {"format": "doingoai-dataset/1",
                 "agreements": [{"ref": "da-agr", "unit": "11", "level": "PROVINCE", "title": "Thỏa thuận hợp tác với tỉnh Phongsaly",
                   "partners": [], "signedOn": "2024-03-01", "validFrom": "2024-03-01", "validTo": "2028-12-31", "fields": ["AGRICULTURE"], "status": "SIGNED"}],
                 "delegations": [{"ref": "da-del", "unit": "11", "direction": "OUTGOING", "title": "Đoàn khảo sát nông nghiệp tại Phongsaly",
                   "countries": ["LA"], "partners": [], "startDate": "2024-05-06", "endDate": "2024-05-09", "memberCount": 4, "status": "DONE",
                   "agreement": "da-agr"}]}""";
        api.importDataset(document);
        assertThat(api.importDataset(document).get("updated").asInt()).isZero();

        JsonNode delegation = api.json(api.get("/api/v1/delegations?unit=11&q=phongsaly"))
                .get("items")
                .get(0);
        assertThat(delegation.get("agreement").asString()).isEqualTo("da-agr");
        long agreementId = api.json(api.get("/api/v1/agreements?unit=11&q=phongsaly"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        mvc.perform(get("/agreements/" + agreementId).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đoàn khảo sát nông nghiệp tại Phongsaly")));
        api.get("/api/v1/dataset?unit=11")
                .andExpect(jsonPath("$.delegations[?(@.ref == 'da-del')].agreement")
                        .value("da-agr"));

        api.post("/api/v1/dataset", document.replace("\"agreement\": \"da-agr\"", "\"agreement\": \"no-such\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("delegations[0].agreement"));
    }
}
