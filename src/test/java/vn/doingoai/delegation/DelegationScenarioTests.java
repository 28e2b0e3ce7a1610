package vn.doingoai.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.doingoai.period.Period;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.Figures;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Units;

/**
 * The Thái Nguyên 2021 9-month scenario's partners and delegations: "02 đoàn / 02 lượt người" out,
 * one incoming delegation of three. Its own context, so that unit 19's records stay here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class DelegationScenarioTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    DelegationFigures figures;

    @Autowired
    Units units;

    @Test
    void thaiNguyenNineMonths2021() throws Exception {
        Api api = new Api(mvc, json);
        JsonNode scenario = json.readTree(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        ObjectNode document = json.createObjectNode();
        document.set("format", scenario.get("format"));
        document.set("partners", scenario.get("partners"));
        document.set("delegations", scenario.get("delegations"));
        String text = json.writeValueAsString(document);
        api.importDataset(text);
        JsonNode again = api.importDataset(text);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();

        Figures f = new Figures();
        figures.contribute(
                new FigureQuery(
                        "19",
                        units.reportScope("19", true),
                        Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 9, 30))),
                f);
        assertThat(f.values().get("delegations.outgoing").value()).isEqualByComparingTo("2");
        assertThat(f.values().get("delegations.outgoing.persons").value()).isEqualByComparingTo("2");
        assertThat(f.values().get("delegations.incoming").value()).isEqualByComparingTo("1");
        assertThat(f.values().get("delegations.incoming.persons").value()).isEqualByComparingTo("3");

        Figures previous = new Figures();
        figures.contribute(
                new FigureQuery(
                        "19",
                        units.reportScope("19", true),
                        Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 9, 30))),
                previous);
        assertThat(previous.values().get("delegations.outgoing").value()).isEqualByComparingTo("0");

        // the search finds the Korean trip by the country's Vietnamese name
        api.get("/api/v1/delegations?unit=19&q=han quoc")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total")
                        .value(1));
    }
}
