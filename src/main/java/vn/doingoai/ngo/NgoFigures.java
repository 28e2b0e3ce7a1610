package vn.doingoai.ngo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
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
        int n = query.size();
        List<Set<Long>> ngos = new ArrayList<>();
        for (int c = 0; c < query.cells(); c++) {
            ngos.add(new HashSet<>());
        }
        String unit = query.unitColumn("r.unit_code");
        jdbc.query(
                "select r.ngo_id" + query.sums(NgoFigures::validOnEnd, "1") + unit
                        + " from ngo_registration r where " + query.scope("r.unit_code")
                        + " and r.valid_from <= :to and (r.valid_to is null or r.valid_to >= :from)"
                        + " group by r.ngo_id" + unit,
                query.sqlParameters(),
                rs -> {
                    int g = query.group(rs);
                    for (int i = 0; i < n; i++) {
                        if (rs.getLong(2 + i) > 0) {
                            ngos.get(query.cell(g, i)).add(rs.getLong(1));
                        }
                    }
                });
        for (int c = 0; c < query.cells(); c++) {
            figures.get(c)
                    .put(
                            "ngos.registered",
                            ngos.get(c).size(),
                            "ORGANIZATIONS",
                            "/ngo-registrations?unit=" + query.unitOf(c) + "&validOn="
                                    + query.periodOf(c).to());
        }
    }
}
