package vn.doingoai.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;

/**
 * The public view of the figures, for the public site: a province's foreign investment from the
 * summary (the current year to a day) and its rank in the country by FDI capital, computed as the
 * national view computes it (every current province with the units merged into it, one pass over
 * the records). Reads without a signed-in user: these figures are public.
 */
@Service
@org.springframework.modulith.NamedInterface("public")
public class PublicFigures {

    private final SummaryService summaries;
    private final Units units;

    PublicFigures(SummaryService summaries, Units units) {
        this.summaries = summaries;
        this.units = units;
    }

    /**
     * A province's investment from 1 January to {@code day}.
     *
     * @param projects FDI projects active on the day ({@code fdi.projects.active})
     * @param capital their registered capital in USD ({@code fdi.capital.total})
     * @param countries the investors' countries ({@code fdi.countries})
     * @param rank the province's place by capital among the current provinces (1 the first; ties share
     *     a place), or 0 for a province that no longer exists
     * @param provinces how many provinces were ranked
     * @param complete false when some capital could not be converted to USD (the summary's warnings)
     */
    @org.springframework.modulith.NamedInterface("public")
    public record Investment(
            LocalDate from,
            LocalDate to,
            BigDecimal projects,
            BigDecimal capital,
            BigDecimal countries,
            int rank,
            int provinces,
            boolean complete) {}

    public Investment investment(String province, LocalDate day) {
        Period period = Period.of(LocalDate.of(day.getYear(), 1, 1), day);
        List<String> current =
                units.currentProvinces().stream().map(Unit::getCode).toList();
        boolean ranked = current.contains(province);
        // a dissolved province is counted alone: its units are also its successor's
        List<String> codes = ranked ? current : List.of(province);
        Map<String, UnitScope> scopes = units.reportScopes(codes, true);
        List<FigureQuery.Group> groups =
                codes.stream().map(c -> new FigureQuery.Group(c, scopes.get(c))).toList();
        List<Figures> figures = summaries.collect(groups, UnitScope.EVERYWHERE, period);
        int mine = codes.indexOf(province);
        Figures own = figures.get(mine);
        BigDecimal capital = value(own, "fdi.capital.total");
        int rank = 0;
        if (ranked) {
            rank = 1;
            for (Figures other : figures) {
                if (value(other, "fdi.capital.total").compareTo(capital) > 0) {
                    rank++;
                }
            }
        }
        return new Investment(
                period.from(),
                period.to(),
                value(own, "fdi.projects.active"),
                capital,
                value(own, "fdi.countries"),
                rank,
                ranked ? groups.size() : 0,
                own.warnings().isEmpty());
    }

    private static BigDecimal value(Figures figures, String key) {
        Figures.Value v = figures.values().get(key);
        return v == null ? BigDecimal.ZERO : v.value();
    }
}
