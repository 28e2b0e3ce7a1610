package vn.doingoai.ngo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;

/**
 * The NGOs behind {@code ngos.registered}: each NGO with a paper valid on the last day, once, with
 * the numbers of its valid papers, as {@link NgoFigures} counts them.
 */
@Component
class NgoFigureRecords implements FigureRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final Partners partners;

    NgoFigureRecords(NamedParameterJdbcTemplate jdbc, Partners partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    @Override
    public Set<String> keys() {
        return Set.of("ngos.registered");
    }

    /** One NGO: its unit, its latest valid paper's date and the numbers of its valid papers. */
    private static final class Ngo {
        String unit;
        java.time.LocalDate from;
        final List<String> numbers = new ArrayList<>();
    }

    @Override
    @Transactional(readOnly = true)
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
        Map<Long, PartnerRef> refs = partners.refs(ngos.keySet());
        List<Line> lines = new ArrayList<>();
        ngos.forEach((id, ngo) -> {
            PartnerRef ref = refs.get(id);
            lines.add(new Line(
                    ref == null ? "#" + id : ref.displayName(),
                    "/partners/" + id,
                    ngo.from,
                    ngo.unit,
                    ngo.numbers.isEmpty() ? null : String.join(", ", ngo.numbers),
                    java.math.BigDecimal.ONE,
                    List.of()));
        });
        lines.sort(java.util.Comparator.comparing(Line::title));
        return Drill.sum("ORGANIZATIONS", lines);
    }
}
