package vn.doingoai.agreement;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;

/**
 * {@code agreements.signed} (and by level: signed in the period, not merely proposed) and {@code
 * agreements.inForce} (on the period's last day; and by level), counted by the database in one pass.
 */
@Component
class AgreementFigures extends SqlFigureSource {

    static final String UNIT = "AGREEMENTS";

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        query.select("agreement a", "a.unit_code")
                .groupBy("a.level")
                .sum("signed", i -> FigureQuery.in("a.signed_on", i) + " and a.status <> 'PROPOSED'", "1")
                .sum("in_force", i -> Agreements.inForceOnSql(FigureQuery.end(i)), "1")
                .read(jdbc, row -> {
                    AgreementLevel level = AgreementLevel.valueOf(row.text("level"));
                    tally.add(row, "agreements.signed", row.count("signed"));
                    tally.add(row, key("agreements.signed", level), row.count("signed"));
                    tally.add(row, "agreements.inForce", row.count("in_force"));
                    tally.add(row, key("agreements.inForce", level), row.count("in_force"));
                });
        IntFunction<String> signed = c -> "/agreements?" + query.listParams(c);
        IntFunction<String> inForce = c -> "/agreements?unit=" + query.unitOf(c) + "&inForce=true&on="
                + query.periodOf(c).to();
        tally.put(figures, "agreements.signed", UNIT, signed);
        for (AgreementLevel level : AgreementLevel.values()) {
            tally.put(figures, key("agreements.signed", level), UNIT, c -> signed.apply(c) + "&level=" + level.name());
        }
        tally.put(figures, "agreements.inForce", UNIT, inForce);
        for (AgreementLevel level : AgreementLevel.values()) {
            tally.put(
                    figures, key("agreements.inForce", level), UNIT, c -> inForce.apply(c) + "&level=" + level.name());
        }
    }

    private static String key(String figure, AgreementLevel level) {
        return figure + "." + level.name().toLowerCase(Locale.ROOT);
    }
}
