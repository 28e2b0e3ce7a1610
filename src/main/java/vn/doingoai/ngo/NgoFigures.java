package vn.doingoai.ngo;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;

/**
 * {@code ngos.registered}: the NGOs holding a registration valid on the last day of the period, each
 * counted once however many papers it holds. The database counts the valid papers per NGO.
 */
@Component
class NgoFigures extends SqlFigureSource {

    /** A paper valid on the last day of period {@code i}. */
    static String validOnEnd(int i) {
        return "r.valid_from <= " + FigureQuery.end(i) + " and (r.valid_to is null or r.valid_to >= "
                + FigureQuery.end(i) + ")";
    }

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
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
