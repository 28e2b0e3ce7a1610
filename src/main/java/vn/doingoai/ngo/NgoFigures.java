package vn.doingoai.ngo;

import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;

/**
 * {@code ngos.registered}: the NGOs holding a registration valid on the last day of the period, each
 * counted once however many papers it holds. The database counts the valid papers per NGO.
 */
@Component
class NgoFigures implements FigureSource {

    /** A paper valid on the last day of period {@code i}. */
    static String validOnEnd(int i) {
        return "r.valid_from <= " + FigureQuery.end(i) + " and (r.valid_to is null or r.valid_to >= "
                + FigureQuery.end(i) + ")";
    }

    private final NamedParameterJdbcTemplate jdbc;

    NgoFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        FigureTally tally = query.tally();
        query.select("ngo_registration r", "r.unit_code")
                .groupBy("r.ngo_id")
                .sum("valid", NgoFigures::validOnEnd, "1")
                .where("r.valid_from <= :to and (r.valid_to is null or r.valid_to >= :from)")
                .read(jdbc, row -> {
                    if (row.count("valid") > 0) {
                        tally.addDistinct(row, "ngos.registered", row.value("ngo_id"));
                    }
                });
        tally.put(
                figures,
                "ngos.registered",
                "ORGANIZATIONS",
                c -> "/ngo-registrations?unit=" + query.unitOf(c) + "&validOn="
                        + query.periodOf(c).to());
    }
}
