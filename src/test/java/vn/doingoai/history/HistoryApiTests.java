package vn.doingoai.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * {@code GET /api/v1/TYPE/{id}/history} for every record type with a resource: oldest first, in the
 * shape of API.md, with the record's read rights, and still readable after the record is deleted.
 * Unit 74 (and 72 for a user outside it).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryApiTests {

    static final String DOCUMENT =
            """
            {"format": "doingoai-dataset/1",
             "exchangeRates": [{"currency": "THB", "from": "1999-01-04", "perUsd": 37.5}],
             "partners": [{"ref": "ha-p74", "kind": "FOREIGN_LOCALITY", "name": "History partner 74", "country": "LA", "unit": "74"}],
             "agreements": [{"ref": "ha-a74", "unit": "74", "level": "PROVINCE", "title": "History agreement 74",
                             "partners": ["ha-p74"], "status": "PROPOSED"}],
             "delegations": [{"ref": "ha-d74", "unit": "74", "direction": "OUTGOING", "title": "History delegation 74",
                              "countries": ["KR"], "startDate": "2021-03-01", "endDate": "2021-03-05", "memberCount": 2,
                              "status": "PROPOSED"}],
             "events": [{"ref": "ha-e74", "unit": "74", "title": "History event 74", "type": "SEMINAR", "format": "ONLINE",
                         "role": "HOSTED", "startDate": "2021-06-01", "endDate": "2021-06-01"}],
             "investments": [{"ref": "ha-i74", "unit": "74", "name": "History investment 74", "investor": "ha-p74",
                              "country": "SG", "registeredOn": "2021-04-02",
                              "capital": {"amount": 1000000, "currency": "USD"}, "status": "ACTIVE"}],
             "aid": [{"ref": "ha-g74", "unit": "74", "donor": "ha-p74", "kind": "PROJECT", "title": "History aid 74",
                      "startDate": "2021-02-01", "endDate": "2022-12-31"}],
             "indicatorValues": [{"indicator": "trade.export", "unit": "74", "period": "2021-9M", "kind": "ACTUAL", "value": 1234}],
             "entryApprovals": [{"ref": "ha-x74", "unit": "74", "decidedOn": "2021-05-04", "approved": 12, "received": 10}],
             "citizenSupport": [{"ref": "ha-s74", "unit": "74", "paidOn": "2021-08-20", "persons": 150,
                                 "amount": {"amount": 300000000, "currency": "VND"}}],
             "pressVisits": [{"ref": "ha-v74", "unit": "74", "startDate": "2021-04-01", "countries": ["JP"], "members": 3}],
             "protectionCases": [{"ref": "ha-c74", "unit": "74", "openedOn": "2021-02-11", "country": "KR", "summary": "History case 74"}]
            }""";

    static final List<String> RESOURCES = List.of(
            "partners",
            "agreements",
            "delegations",
            "events",
            "investments",
            "aid",
            "indicator-values",
            "exchange-rates",
            "entry-approvals",
            "citizen-support",
            "press-visits",
            "protection-cases");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        api.post(
                "/api/v1/users",
                Map.of("username", "ha-viewer74", "password", "history-pw", "role", "VIEWER", "unit", "74"));
        api.post(
                "/api/v1/users",
                Map.of("username", "ha-officer72", "password", "history-pw", "role", "OFFICER", "unit", "72"));
    }

    @Test
    void everyRecordTypeHasItsHistoryWithItsReadRights() throws Exception {
        api.importDataset(DOCUMENT);
        for (String resource : RESOURCES) {
            long id = idOf(resource);
            JsonNode history = api.json(
                    api.get("/api/v1/" + resource + "/" + id + "/history").andExpect(status().isOk()));
            assertThat(history.isArray()).as(resource).isTrue();
            JsonNode created = history.get(0);
            assertThat(created.get("action").asString()).as(resource).isEqualTo("CREATE");
            assertThat(created.get("by").asString()).isEqualTo("admin");
            assertThat(created.get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(created.get("changes")).isNotEmpty();
            assertThat(created.get("changes").get(0).has("before")).isTrue();

            api.as("ha-viewer74", "history-pw")
                    .get("/api/v1/" + resource + "/" + id + "/history")
                    .andExpect(status().isOk());
            if (!resource.equals("exchange-rates")) { // rates are national: everyone reads them
                api.as("ha-officer72", "history-pw")
                        .get("/api/v1/" + resource + "/" + id + "/history")
                        .andExpect(status().isForbidden());
            }
        }
        api.get("/api/v1/agreements/987654321/history").andExpect(status().isNotFound());
        api.get("/api/v1/no-such-records/1/history").andExpect(status().isNotFound());
    }

    @Test
    void changesComeOldestFirstAndOutliveTheRecord() throws Exception {
        JsonNode agreement = api.json(api.post(
                        "/api/v1/agreements",
                        Map.of("unit", "74", "level", "PROVINCE", "title", "Before the change", "status", "PROPOSED"))
                .andExpect(status().isCreated()));
        long id = agreement.get("id").asLong();
        api.put(
                        "/api/v1/agreements/" + id,
                        Map.of(
                                "unit", "74",
                                "level", "PROVINCE",
                                "title", "After the change",
                                "status", "PROPOSED",
                                "version", agreement.get("version").asLong()))
                .andExpect(status().isOk());

        JsonNode history = api.json(api.get("/api/v1/agreements/" + id + "/history"));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asString()).isEqualTo("CREATE");
        JsonNode update = history.get(1);
        assertThat(update.get("action").asString()).isEqualTo("UPDATE");
        assertThat(update.get("changes")).hasSize(1);
        assertThat(update.get("changes").get(0).get("field").asString()).isEqualTo("title");
        assertThat(update.get("changes").get(0).get("before").asString()).isEqualTo("Before the change");
        assertThat(update.get("changes").get(0).get("after").asString()).isEqualTo("After the change");

        api.delete("/api/v1/agreements/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/agreements/" + id).andExpect(status().isNotFound());
        JsonNode afterDelete = api.json(api.as("ha-viewer74", "history-pw")
                .get("/api/v1/agreements/" + id + "/history")
                .andExpect(status().isOk()));
        assertThat(afterDelete).hasSize(3);
        assertThat(afterDelete.get(2).get("action").asString()).isEqualTo("DELETE");
        api.as("ha-officer72", "history-pw")
                .get("/api/v1/agreements/" + id + "/history")
                .andExpect(status().isForbidden());
    }

    private long idOf(String resource) throws Exception {
        String list = resource.equals("exchange-rates")
                ? "/api/v1/exchange-rates?currency=THB&size=500"
                : "/api/v1/" + resource + "?unit=74&size=500";
        for (JsonNode item : api.json(api.get(list).andExpect(status().isOk())).get("items")) {
            String ref = item.has("ref") ? item.get("ref").asString() : "";
            if (ref.startsWith("ha-") || resource.equals("exchange-rates") || resource.equals("indicator-values")) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("No record of " + resource);
    }
}
