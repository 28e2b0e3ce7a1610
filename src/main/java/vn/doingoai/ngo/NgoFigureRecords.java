package vn.doingoai.ngo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doingoai.partner.Partners;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.SqlFigureRecords;

/**
 * The NGOs behind {@code ngos.registered}: each NGO with a paper valid on the last day, once, with
 * the numbers of its valid papers, as {@link NgoFigures} counts them.
 */
@Component
class NgoFigureRecords extends SqlFigureRecords {

    private final Partners partners;

    NgoFigureRecords(Partners partners) {
        super(List.of("ngos.registered"));
        this.partners = partners;
    }

    /** One NGO: its unit, its latest valid paper's date and the numbers of its valid papers. */
    private static final class Ngo {
        String unit;
        java.time.LocalDate from;
        final List<String> numbers = new ArrayList<>();
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        Map<Long, Ngo> ngos = new LinkedHashMap<>();
        jdbc.query(
                "select r.ngo_id, r.unit_code, r.valid_from, r.number from ngo_registration r where "
                        + query.scope("r.unit_code") + " and " + NgoFigures.validOnEnd(0)
                        + " order by r.valid_from, r.id",
                query.sqlParameters(),
                rs -> {
                    Ngo ngo = ngos.computeIfAbsent(rs.getLong(1), id -> new Ngo());
                    ngo.unit = rs.getString(2);
                    ngo.from = rs.getDate(3).toLocalDate();
                    if (rs.getString(4) != null) {
                        ngo.numbers.add(rs.getString(4));
                    }
                });
        List<Line> lines = new ArrayList<>();
        partners.names(ngos.keySet()).forEach((id, name) -> {
            Ngo ngo = ngos.get(id);
            lines.add(Line.counted(name, "/partners/" + id, ngo.from, ngo.unit)
                    .withNote(ngo.numbers.isEmpty() ? null : String.join(", ", ngo.numbers)));
        });
        return Drill.sum("ORGANIZATIONS", lines);
    }
}
