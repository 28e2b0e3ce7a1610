package vn.doingoai.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
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
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Units;

/**
 * The Thái Nguyên scenario's economy: its exchange rates, partners, investments and aid, imported
 * into a context of its own, give the figures of the 2021 reports.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ThaiNguyenEconomyScenarioTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    List<FigureSource> sources;

    @Autowired
    Units units;

    @Test
    void theScenarioGivesTheReportedFigures() throws Exception {
        Api api = new Api(mvc, json);
        JsonNode scenario = json.readTree(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        ObjectNode document = json.createObjectNode();
        for (String section : List.of("format", "exchangeRates", "partners", "investments", "aid")) {
            if (scenario.has(section)) {
                document.set(section, scenario.get(section));
            }
        }
        api.importDataset(json.writeValueAsString(document));

        Map<String, Figures.Value> nineMonths = figures(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 9, 30));
        assertFigure(nineMonths, "fdi.projects.new", "12");
        assertFigure(nineMonths, "fdi.projects.adjusted", "12");
        assertFigure(nineMonths, "fdi.capital.registered", "158060000");
        assertFigure(nineMonths, "fdi.projects.active", "169");
        assertFigure(nineMonths, "fdi.capital.total", "8722000000");

        Map<String, Figures.Value> firstHalf = figures(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
        assertFigure(firstHalf, "aid.disbursed", "438470");
        assertFigure(firstHalf, "aid.committed", "7200000");
        assertFigure(firstHalf, "aid.items.active", "40");
        assertFigure(firstHalf, "aid.items.new", "10");
        assertFigure(firstHalf, "aid.donors.active", "40");

        Map<String, Figures.Value> previous = figures(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30));
        assertFigure(previous, "aid.committed", "1900000");

        // importing the same document again creates nothing new
        JsonNode again = api.importDataset(json.writeValueAsString(document));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
    }

    private Map<String, Figures.Value> figures(LocalDate from, LocalDate to) {
        Figures figures = new Figures();
        FigureQuery query = new FigureQuery("19", units.reportScope("19", true), Period.of(from, to));
        sources.stream()
                .filter(source -> List.of("vn.doingoai.investment", "vn.doingoai.aid")
                        .contains(AopUtils.getTargetClass(source).getPackageName()))
                .forEach(source -> source.contribute(query, figures));
        return figures.values();
    }

    private static void assertFigure(Map<String, Figures.Value> figures, String key, String expected) {
        assertThat(figures).containsKey(key);
        assertThat(figures.get(key).value()).as(key).isEqualByComparingTo(expected);
    }
}
