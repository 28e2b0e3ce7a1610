package vn.doingoai.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * The one import by ref, the same for every section (issues 10 and 12): a ref given twice in a
 * section is refused at both places, even when it differs only by spaces; a missing ref is
 * refused; and nothing of the document is saved. Unit 75.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RefImportTests {

    /** A valid item of each section keyed by ref; {@code %s} is the ref. */
    static final Map<String, String> ITEMS = new LinkedHashMap<>();

    static {
        ITEMS.put(
                "partners", """
                {"ref": "%s", "kind": "OTHER", "name": "Đối tác %s", "unit": "75"}""");
        ITEMS.put(
                "agreements",
                """
                {"ref": "%s", "unit": "75", "level": "PROVINCE", "title": "Thỏa thuận %s", "status": "PROPOSED"}""");
        ITEMS.put(
                "delegations",
                """
                {"ref": "%s", "unit": "75", "direction": "OUTGOING", "title": "Đoàn %s", "startDate": "2023-01-05"}""");
        ITEMS.put(
                "events",
                """
                {"ref": "%s", "unit": "75", "title": "Sự kiện %s", "type": "SEMINAR", "format": "IN_PERSON",
                 "role": "HOSTED", "startDate": "2023-02-01"}""");
        ITEMS.put(
                "investments",
                """
                {"ref": "%s", "unit": "75", "name": "Dự án %s", "registeredOn": "2023-03-01",
                 "capital": {"amount": 1000000, "currency": "USD"}, "status": "ACTIVE"}""");
        ITEMS.put(
                "aid",
                """
                {"ref": "%s", "unit": "75", "kind": "PROJECT", "title": "Viện trợ %s", "startDate": "2023-04-01"}""");
        ITEMS.put(
                "entryApprovals",
                """
                {"ref": "%s", "unit": "75", "decidedOn": "2023-05-01", "approved": 3, "received": 2, "note": "%s"}""");
        ITEMS.put(
                "citizenSupport",
                """
                {"ref": "%s", "unit": "75", "paidOn": "2023-05-02", "persons": 4,
                 "amount": {"amount": 1000000, "currency": "VND"}, "note": "%s"}""");
        ITEMS.put(
                "pressVisits",
                """
                {"ref": "%s", "unit": "75", "startDate": "2023-05-03", "countries": ["JP"], "members": 2, "purpose": "%s"}""");
        ITEMS.put(
                "protectionCases",
                """
                {"ref": "%s", "unit": "75", "openedOn": "2023-05-04", "country": "KR", "summary": "Vụ việc %s"}""");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    static String document(String section, List<String> refs) {
        List<String> items = new ArrayList<>();
        for (String ref : refs) {
            items.add(ITEMS.get(section).formatted(ref, ref.trim()));
        }
        return "{\"format\": \"doingoai-dataset/1\", \"" + section + "\": [" + String.join(",", items) + "]}";
    }

    @Test
    void aRefGivenTwiceInASectionIsRefusedAtBothPlacesInEverySection() throws Exception {
        Api api = new Api(mvc, json);
        for (String section : ITEMS.keySet()) {
            String prefix = "ri75-" + section + "-";
            List<String> distinct = List.of(prefix + 0, prefix + 1, prefix + 2, prefix + 3, prefix + 4);
            // the items themselves are valid
            JsonNode checked = api.json(api.post("/api/v1/dataset?dryRun=true", document(section, distinct))
                    .andExpect(status().isOk()));
            assertThat(checked.get("created").asInt()).as(section).isEqualTo(5);

            List<String> twice = List.of(prefix + 0, prefix + 1, prefix + 2, prefix + 3, " " + prefix + 1 + " ");
            api.post("/api/v1/dataset", document(section, twice))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.length()").value(2))
                    .andExpect(jsonPath("$.errors[0].field").value(section + "[1].ref"))
                    .andExpect(jsonPath("$.errors[1].field").value(section + "[4].ref"));

            List<String> missing = List.of(prefix + 0, " ");
            api.post("/api/v1/dataset", document(section, missing))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(section + "[1].ref"));
        }
        JsonNode exported = api.json(api.get("/api/v1/dataset?unit=75"));
        for (String section : ITEMS.keySet()) {
            exported.get(section)
                    .forEach(item ->
                            assertThat(item.get("ref").asString()).as(section).doesNotStartWith("ri75-"));
        }
    }

    @Test
    void aRefIsTrimmedSoThatReimportingWithSpacesChangesNothing() throws Exception {
        Api api = new Api(mvc, json);
        for (String section : ITEMS.keySet()) {
            String ref = "ri75-trim-" + section;
            JsonNode first = api.importDataset(document(section, List.of(ref)));
            assertThat(first.get("created").asInt()).as(section).isEqualTo(1);
            JsonNode again = api.importDataset(document(section, List.of("  " + ref + " ")));
            assertThat(again.get("created").asInt()).as(section).isZero();
            assertThat(again.get("updated").asInt()).as(section).isZero();
        }
    }
}
