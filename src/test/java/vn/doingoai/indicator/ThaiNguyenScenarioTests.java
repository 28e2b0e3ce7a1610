package vn.doingoai.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
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
import vn.doingoai.dataset.DatasetService;
import vn.doingoai.period.Period;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Units;

/**
 * The Thái Nguyên 9-month scenario, through the indicator and consular figure sources only: the
 * scenario's indicator values and consular records are imported (with its exchange rates when that
 * section exists) into a context of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ThaiNguyenScenarioTests {

    private static final List<String> SECTIONS = List.of(
            "exchangeRates", "indicatorValues", "entryApprovals", "citizenSupport", "pressVisits", "protectionCases");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    List<FigureSource> sources;

    @Autowired
    DatasetService datasets;

    @Autowired
    Units units;

    private Figures figures(LocalDate from, LocalDate to) {
        Figures figures = new Figures();
        FigureQuery query = new FigureQuery("19", units.reportScope("19", true), Period.of(from, to));
        for (FigureSource source : sources) {
            String module = AopUtils.getTargetClass(source).getPackageName();
            if (module.equals("vn.doingoai.indicator") || module.equals("vn.doingoai.consular")) {
                source.contribute(query, figures);
            }
        }
        return figures;
    }

    private static BigDecimal pct(BigDecimal value, BigDecimal base) {
        return value.multiply(BigDecimal.valueOf(100)).divide(base, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal change(BigDecimal value, BigDecimal previous) {
        return value.divide(previous, 10, RoundingMode.HALF_UP)
                .subtract(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(100))
                .setScale(1, RoundingMode.HALF_UP);
    }

    @Test
    void theNineMonthsOfThaiNguyen() throws Exception {
        JsonNode scenario = json.readTree(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        ObjectNode document = json.createObjectNode();
        document.put("format", scenario.get("format").asString());
        for (String section : SECTIONS) {
            if (scenario.has(section) && datasets.sectionNames().contains(section)) {
                document.set(section, scenario.get(section));
            }
        }
        Api api = new Api(mvc, json);
        api.importDataset(json.writeValueAsString(document));

        Figures now = figures(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 9, 30));
        Figures before = figures(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 9, 30));

        BigDecimal export = now.values().get("trade.export").value();
        assertThat(export).isEqualByComparingTo("21310000000");
        BigDecimal plan = now.plans().get("trade.export");
        assertThat(plan).isNotNull();
        assertThat(pct(export, plan)).isEqualByComparingTo("75.7");
        BigDecimal previousExport = before.values().get("trade.export").value();
        assertThat(change(export, previousExport)).isEqualByComparingTo("7.3");

        BigDecimal imports = now.values().get("trade.import").value();
        assertThat(imports).isEqualByComparingTo("12280000000");
        assertThat(change(imports, before.values().get("trade.import").value())).isEqualByComparingTo("10.8");
        assertThat(now.values().get("trade.total").value()).isEqualByComparingTo("33590000000");

        assertThat(now.values().get("consular.entries.approved").value()).isEqualByComparingTo("2907");
        assertThat(now.values().get("consular.entries.received").value()).isEqualByComparingTo("2155");
        assertThat(now.values().get("consular.citizens.supported").value()).isEqualByComparingTo("11669");
        assertThat(now.values().get("consular.citizens.supportAmount").value()).isEqualByComparingTo("23338000000");
        assertThat(now.values().get("consular.press.visits").value()).isEqualByComparingTo("0");
        assertThat(now.values().get("consular.protection.cases").value()).isEqualByComparingTo("0");
        assertThat(now.warnings()).isEmpty();
    }
}
