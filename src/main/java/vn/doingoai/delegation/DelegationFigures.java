package vn.doingoai.delegation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;
import vn.doingoai.report.ChartSource;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;
import vn.doingoai.unit.UnitScope;

/**
 * The report's delegation figures ("N đoàn / M lượt người" each way: approved or done delegations
 * starting in the period) and the dashboard's chart of delegations per month.
 */
@Component
class DelegationFigures extends SqlFigureSource implements ChartSource {

    static final String OUTGOING = "delegations.outgoing";
    static final String INCOMING = "delegations.incoming";

    private final DelegationRepository repository;

    DelegationFigures(DelegationRepository repository) {
        this.repository = repository;
    }

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        Map<String, Object> params = query.sqlParameters();
        params.put("statuses", DelegationStatus.COUNTED.stream().map(Enum::name).toList());
        query.select("delegation d", "d.unit_code")
                .groupBy("d.direction")
                .sumIn("delegations", "d.start_date", "1")
                .sumIn("persons", "d.start_date", "coalesce(d.persons, 0)")
                .where("d.status in (:statuses) and d.start_date between :from and :to")
                .read(jdbc, params, row -> {
                    String key =
                            DelegationDirection.OUTGOING.name().equals(row.text("direction")) ? OUTGOING : INCOMING;
                    tally.add(row, key, row.count("delegations"));
                    tally.add(row, key + ".persons", row.count("persons"));
                });
        for (String key : List.of(OUTGOING, INCOMING)) {
            String direction = key.equals(OUTGOING) ? "OUTGOING" : "INCOMING";
            IntFunction<String> list =
                    c -> "/delegations?" + query.listParams(c) + "&direction=" + direction + "&counted=true";
            tally.put(figures, key, "DELEGATIONS", list);
            tally.put(figures, key + ".persons", "PERSONS", list);
        }
    }

    @Override
    public List<Chart> charts(UnitScope scope, int year) {
        List<BigDecimal> thisYear = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        List<BigDecimal> lastYear = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        for (Object[] row : repository.countByMonth(
                scope.all(),
                scope.codesForQuery(),
                DelegationStatus.COUNTED,
                LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year, 12, 31))) {
            int y = ((Number) row[0]).intValue();
            int m = ((Number) row[1]).intValue();
            BigDecimal count = BigDecimal.valueOf(((Number) row[2]).longValue());
            (y == year ? thisYear : lastYear).set(m - 1, count);
        }
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Integer.toString(m));
        }
        return List.of(new Chart(
                "delegations.byMonth",
                "chart.delegations.byMonth",
                months,
                List.of(new Series("chart.thisYear", thisYear), new Series("chart.lastYear", lastYear)),
                Axis.MONTHS));
    }
}
