package vn.doingoai.delegation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.ChartSource;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;
import vn.doingoai.unit.UnitScope;

/**
 * The report's delegation figures ("N đoàn / M lượt người" each way: approved or done delegations
 * starting in the period) and the dashboard's chart of delegations per month.
 */
@Component
class DelegationFigures implements FigureSource, ChartSource {

    static final String OUTGOING = "delegations.outgoing";
    static final String INCOMING = "delegations.incoming";

    private final DelegationRepository repository;
    private final NamedParameterJdbcTemplate jdbc;

    DelegationFigures(DelegationRepository repository, NamedParameterJdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        int n = query.size();
        long[][] counts = new long[query.cells()][4]; // outgoing, its persons, incoming, its persons
        Map<String, Object> params = query.sqlParameters();
        params.put("statuses", DelegationStatus.COUNTED.stream().map(Enum::name).toList());
        jdbc.query(
                "select d.direction" + query.sumsIn("d.start_date", "1")
                        + query.sumsIn("d.start_date", "coalesce(d.persons, 0)") + query.unitColumn("d.unit_code")
                        + " from delegation d where " + query.scope("d.unit_code")
                        + " and d.status in (:statuses) and d.start_date between :from and :to group by d.direction"
                        + query.unitColumn("d.unit_code"),
                params,
                rs -> {
                    int g = query.group(rs);
                    int offset = DelegationDirection.OUTGOING.name().equals(rs.getString(1)) ? 0 : 2;
                    for (int i = 0; i < n; i++) {
                        long[] cell = counts[query.cell(g, i)];
                        cell[offset] += rs.getLong(2 + i);
                        cell[offset + 1] += rs.getLong(2 + n + i);
                    }
                });
        for (int c = 0; c < query.cells(); c++) {
            String out = "/delegations?" + query.listParams(c) + "&direction=OUTGOING&counted=true";
            String in = "/delegations?" + query.listParams(c) + "&direction=INCOMING&counted=true";
            Figures f = figures.get(c);
            f.put(OUTGOING, counts[c][0], "DELEGATIONS", out);
            f.put(OUTGOING + ".persons", counts[c][1], "PERSONS", out);
            f.put(INCOMING, counts[c][2], "DELEGATIONS", in);
            f.put(INCOMING + ".persons", counts[c][3], "PERSONS", in);
        }
    }

    @Override
    @Transactional(readOnly = true)
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
