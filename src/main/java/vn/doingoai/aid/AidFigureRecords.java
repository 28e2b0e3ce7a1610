package vn.doingoai.aid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.money.Money;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;

/**
 * The records behind the {@code aid.*} figures, with the conditions of {@link AidFigures}: the items
 * whose dates overlap the period, those whose first commitment lies in it, their donors, and each
 * commitment or disbursement of the period with its amount.
 */
@Component
class AidFigureRecords implements FigureRecords {

    private static final Set<String> KEYS =
            Set.of("aid.items.active", "aid.items.new", "aid.donors.active", "aid.committed", "aid.disbursed");

    private static final String ACTIVE = " and a.start_date <= :to0 and (a.end_date is null or a.end_date >= :from0)";

    private final NamedParameterJdbcTemplate jdbc;
    private final Partners partners;

    AidFigureRecords(NamedParameterJdbcTemplate jdbc, Partners partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    @Override
    public Set<String> keys() {
        return KEYS;
    }

    @Override
    @Transactional(readOnly = true)
    public Drill records(String key, FigureQuery query) {
        Map<String, Object> params = query.sqlParameters();
        String scope = query.scope("a.unit_code");
        String items =
                "select a.id, a.title, a.start_date, a.unit_code, a.first_commitment from aid_item a where " + scope;
        return switch (key) {
            case "aid.items.active" -> Drill.sum(
                    "ITEMS",
                    jdbc.query(
                            items + ACTIVE + " order by a.start_date, a.id",
                            params,
                            (rs, n) ->
                                    Line.counted(rs.getString(2), link(rs.getLong(1)), date(rs, 3), rs.getString(4))));
            case "aid.items.new" -> Drill.sum(
                    "ITEMS",
                    jdbc.query(
                            items + " and " + FigureQuery.in("a.first_commitment", 0)
                                    + " order by a.first_commitment, a.id",
                            params,
                            (rs, n) ->
                                    Line.counted(rs.getString(2), link(rs.getLong(1)), date(rs, 5), rs.getString(4))));
            case "aid.donors.active" -> Drill.sum("PARTNERS", donors(scope, params));
            default -> Drill.sum(
                    "USD", transactions(key.equals("aid.committed") ? "COMMITMENT" : "DISBURSEMENT", scope, params));
        };
    }

    /** The donors of the items active in the period, each once. */
    private List<Line> donors(String scope, Map<String, Object> params) {
        Set<Long> ids = new LinkedHashSet<>(jdbc.queryForList(
                "select distinct a.donor_id from aid_item a where " + scope + ACTIVE + " and a.donor_id is not null",
                params,
                Long.class));
        List<Line> lines = new ArrayList<>();
        Map<Long, PartnerRef> refs = partners.refs(ids);
        for (Long id : ids) {
            PartnerRef donor = refs.get(id);
            lines.add(Line.counted(donor == null ? "#" + id : donor.displayName(), "/partners/" + id, null, null));
        }
        lines.sort(java.util.Comparator.comparing(Line::title));
        return lines;
    }

    /** Each transaction of a type in the period, with its amount. */
    private List<Line> transactions(String type, String scope, Map<String, Object> params) {
        params.put("type", type);
        return jdbc.query(
                "select a.id, a.title, t.tx_date, a.unit_code, t.amount, t.currency from aid_transaction t"
                        + " join aid_item a on a.id = t.aid_item_id where " + scope + " and t.type = :type and "
                        + FigureQuery.in("t.tx_date", 0) + " order by t.tx_date, a.id",
                params,
                (rs, n) -> Line.paying(
                        rs.getString(2),
                        link(rs.getLong(1)),
                        date(rs, 3),
                        rs.getString(4),
                        "aid.transaction.type." + type,
                        List.of(new Amount(new Money(rs.getBigDecimal(5), rs.getString(6)), date(rs, 3)))));
    }

    private static String link(long id) {
        return "/aid/" + id;
    }

    private static LocalDate date(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
