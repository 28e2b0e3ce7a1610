package vn.doingoai.agreement;

import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * {@code agreements.signed} (and by level: signed in the period, not merely proposed) and {@code
 * agreements.inForce} (on the period's last day; and by level), counted by the database in one pass.
 */
@Component
class AgreementFigures implements FigureSource {

    static final String UNIT = "AGREEMENTS";

    private final NamedParameterJdbcTemplate jdbc;

    AgreementFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        int n = query.size();
        AgreementLevel[] levels = AgreementLevel.values();
        long[][] signed = new long[query.cells()][levels.length];
        long[][] inForce = new long[query.cells()][levels.length];
        jdbc.query(
                "select a.level"
                        + query.sums(i -> FigureQuery.in("a.signed_on", i) + " and a.status <> 'PROPOSED'", "1")
                        + query.sums(i -> Agreements.inForceOnSql(FigureQuery.end(i)), "1")
                        + query.unitColumn("a.unit_code") + " from agreement a where " + query.scope("a.unit_code")
                        + " group by a.level" + query.unitColumn("a.unit_code"),
                query.sqlParameters(),
                rs -> {
                    int g = query.group(rs);
                    int level = AgreementLevel.valueOf(rs.getString(1)).ordinal();
                    for (int i = 0; i < n; i++) {
                        signed[query.cell(g, i)][level] += rs.getLong(2 + i);
                        inForce[query.cell(g, i)][level] += rs.getLong(2 + n + i);
                    }
                });
        for (int c = 0; c < query.cells(); c++) {
            String list = "/agreements?" + query.listParams(c);
            Figures f = figures.get(c);
            f.put("agreements.signed", java.util.Arrays.stream(signed[c]).sum(), UNIT, list);
            for (AgreementLevel level : levels) {
                f.put(
                        "agreements.signed." + level.name().toLowerCase(java.util.Locale.ROOT),
                        signed[c][level.ordinal()],
                        UNIT,
                        list + "&level=" + level.name());
            }
            String inForceList = "/agreements?unit=" + query.unitOf(c) + "&inForce=true&on="
                    + query.periodOf(c).to();
            f.put("agreements.inForce", java.util.Arrays.stream(inForce[c]).sum(), UNIT, inForceList);
            for (AgreementLevel level : levels) {
                f.put(
                        "agreements.inForce." + level.name().toLowerCase(java.util.Locale.ROOT),
                        inForce[c][level.ordinal()],
                        UNIT,
                        inForceList + "&level=" + level.name());
            }
        }
    }
}
