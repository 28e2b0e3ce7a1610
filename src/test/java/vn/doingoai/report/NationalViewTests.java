package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.period.Period;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;

/**
 * The national view computes every province in one pass, each source grouping its records by unit:
 * with the real sources and whatever records the other tests left, each province's figures in that
 * pass are exactly those of its own summary (values, units, links and warnings).
 */
@SpringBootTest
@AutoConfigureMockMvc
class NationalViewTests {

    @Autowired
    SummaryService summaries;

    @Autowired
    Units units;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @ParameterizedTest
    @CsvSource({"2021-01-01, 2021-09-30", "2000-01-01, 2030-12-31"})
    void eachProvinceInOnePassHasTheFiguresOfItsOwnSummary(LocalDate from, LocalDate to) throws Exception {
        new Api(mvc, json).importDataset(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        Period period = Period.of(from, to);
        List<Unit> provinces = units.currentProvinces();
        List<FigureQuery.Group> groups = provinces.stream()
                .map(p -> new FigureQuery.Group(p.getCode(), units.reportScope(p.getCode(), true)))
                .toList();

        List<Figures> together = summaries.collect(groups, UnitScope.EVERYWHERE, period);

        assertThat(together).hasSize(provinces.size());
        for (int g = 0; g < provinces.size(); g++) {
            String code = provinces.get(g).getCode();
            UnitScope scope = units.reportScope(code, true);
            Figures alone = summaries.collect(code, scope, period);
            assertThat(together.get(g).values()).as(code).isEqualTo(alone.values());
            assertThat(together.get(g).plans()).as(code).isEqualTo(alone.plans());
            assertThat(together.get(g).warnings()).as(code).isEqualTo(alone.warnings());
        }
        List<String> codes = provinces.stream().map(Unit::getCode).toList();
        Figures thaiNguyen = together.get(codes.indexOf("19"));
        assertThat(thaiNguyen.values().get("fdi.projects.new").value()).isPositive();
    }
}
