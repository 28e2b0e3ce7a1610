package vn.doingoai.delegation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    DelegationFigures(DelegationRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, Figures figures) {
        UnitScope scope = query.units();
        long outgoing = 0;
        long outgoingPersons = 0;
        long incoming = 0;
        long incomingPersons = 0;
        for (Object[] row : repository.countByDirection(
                scope.all(), scope.codesForQuery(), DelegationStatus.COUNTED, query.from(), query.to())) {
            long count = ((Number) row[1]).longValue();
            long persons = row[2] == null ? 0 : ((Number) row[2]).longValue();
            if (row[0] == DelegationDirection.OUTGOING) {
                outgoing = count;
                outgoingPersons = persons;
            } else if (row[0] == DelegationDirection.INCOMING) {
                incoming = count;
                incomingPersons = persons;
            }
        }
        String out = "/delegations?" + query.listParams() + "&direction=OUTGOING&counted=true";
        String in = "/delegations?" + query.listParams() + "&direction=INCOMING&counted=true";
        figures.put(OUTGOING, outgoing, "DELEGATIONS", out);
        figures.put(OUTGOING + ".persons", outgoingPersons, "PERSONS", out);
        figures.put(INCOMING, incoming, "DELEGATIONS", in);
        figures.put(INCOMING + ".persons", incomingPersons, "PERSONS", in);
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
                List.of(new Series("chart.thisYear", thisYear), new Series("chart.lastYear", lastYear))));
    }
}
