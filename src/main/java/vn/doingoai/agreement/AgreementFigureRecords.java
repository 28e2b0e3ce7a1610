package vn.doingoai.agreement;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.SqlFigureRecords;

/**
 * The agreements behind {@code agreements.signed} (by level: signed in the period, not merely
 * proposed) and {@code agreements.inForce} (on the period's last day; by level), as {@link
 * AgreementFigures} counts them.
 */
@Component
class AgreementFigureRecords extends SqlFigureRecords {

    AgreementFigureRecords() {
        super(allKeys());
    }

    private static Set<String> allKeys() {
        Set<String> keys = new java.util.HashSet<>(Set.of("agreements.signed", "agreements.inForce"));
        for (AgreementLevel level : AgreementLevel.values()) {
            keys.add("agreements.signed." + level.name().toLowerCase(Locale.ROOT));
            keys.add("agreements.inForce." + level.name().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    private static String level(String key) {
        for (AgreementLevel level : AgreementLevel.values()) {
            if (key.endsWith("." + level.name().toLowerCase(Locale.ROOT))) {
                return level.name();
            }
        }
        return null;
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        Map<String, Object> params = query.sqlParameters();
        String condition = key.startsWith("agreements.inForce")
                ? Agreements.inForceOnSql(FigureQuery.end(0))
                : FigureQuery.in("a.signed_on", 0) + " and a.status <> 'PROPOSED'";
        String level = level(key);
        if (level != null) {
            condition += " and a.level = :level";
            params.put("level", level);
        }
        var lines = counted(
                "/agreements/",
                "select a.id, a.title, a.signed_on, a.unit_code from agreement a where " + query.scope("a.unit_code")
                        + " and " + condition + " order by a.signed_on, a.id",
                params);
        return Drill.sum(AgreementFigures.UNIT, lines);
    }
}
