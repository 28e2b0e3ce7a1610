package vn.doingoai.event;

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
 * The Thái Nguyên scenario (unit 19, nine months of 2021), with only the sections of this work:
 * partners, agreements and events. In a context of its own, thrown away afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class EventScenarioTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    EventFigures figureSource;

    @Autowired
    Units units;

    @Test
    void thaiNguyenNineMonths() throws Exception {
        JsonNode scenario = json.readTree(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        ObjectNode document = json.createObjectNode();
        for (String section : new String[] {"format", "partners", "agreements", "events"}) {
            if (scenario.has(section)) {
                document.set(section, scenario.get(section));
            }
        }
        Api api = new Api(mvc, json);
        api.importDataset(json.writeValueAsString(document));

        Figures figures = new Figures();
        figureSource.contribute(
                new FigureQuery(
                        "19",
                        units.reportScope("19", true),
                        Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 9, 30))),
                figures);
        assertThat(figures.values().get("events.hosted").value()).isEqualByComparingTo("4");
        assertThat(figures.values().get("events.hosted.online").value()).isEqualByComparingTo("1");
    }
}
