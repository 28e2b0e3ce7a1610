package vn.doingoai.delegation;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;
import vn.doingoai.report.SqlFigureRecords;

/**
 * The delegations behind {@code delegations.*}: approved or done, starting in the period, each
 * counted once, or with its persons for {@code .persons} (as {@link DelegationFigures} counts them).
 */
@Component
class DelegationFigureRecords extends SqlFigureRecords {

    private static final Set<String> KEYS = Set.of(
            DelegationFigures.OUTGOING,
            DelegationFigures.OUTGOING + ".persons",
            DelegationFigures.INCOMING,
            DelegationFigures.INCOMING + ".persons");

    DelegationFigureRecords() {
        super(KEYS);
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        boolean persons = key.endsWith(".persons");
        Map<String, Object> params = query.sqlParameters();
        params.put("statuses", DelegationStatus.COUNTED.stream().map(Enum::name).toList());
        params.put(
                "direction",
                (key.startsWith(DelegationFigures.OUTGOING)
                                ? DelegationDirection.OUTGOING
                                : DelegationDirection.INCOMING)
                        .name());
        var lines = jdbc.query(
                "select d.id, d.title, d.start_date, d.unit_code, coalesce(d.persons, 0) from delegation d where "
                        + query.scope("d.unit_code") + " and d.status in (:statuses) and d.direction = :direction and "
                        + FigureQuery.in("d.start_date", 0) + " order by d.start_date, d.id",
                params,
                FigureRecords.lines("/delegations/", persons));
        return Drill.sum(persons ? "PERSONS" : "DELEGATIONS", lines);
    }
}
