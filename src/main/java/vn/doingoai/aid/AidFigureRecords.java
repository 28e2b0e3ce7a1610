package vn.doingoai.aid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doingoai.partner.Partners;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.SqlFigureRecords;

/**
 * The records behind the {@code aid.*} figures, with the conditions of {@link AidFigures}: the items
 * whose dates overlap the period, those whose first commitment lies in it, their donors, and each
 * commitment or disbursement of the period with its amount.
 */
@Component
class AidFigureRecords extends SqlFigureRecords {

    private static final String ACTIVE = " and a.start_date <= :to0 and (a.end_date is null or a.end_date >= :from0)";

    private final Partners partners;

    AidFigureRecords(Partners partners) {
        super(List.of("aid.items.active", "aid.items.new", "aid.donors.active", "aid.committed", "aid.disbursed"));
        this.partners = partners;
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        Map<String, Object> params = query.sqlParameters();
        String scope = query.scope("a.unit_code");
        return switch (key) {
            case "aid.items.active" -> Drill.sum(
                    "ITEMS",
                    counted(
                            "/aid/",
                            "select a.id, a.title, a.start_date, a.unit_code from aid_item a where " + scope + ACTIVE
                                    + " order by a.start_date, a.id",
                            params));
            case "aid.items.new" -> Drill.sum(
                    "ITEMS",
                    counted(
                            "/aid/",
                            "select a.id, a.title, a.first_commitment, a.unit_code from aid_item a where " + scope
                                    + " and " + FigureQuery.in("a.first_commitment", 0)
                                    + " order by a.first_commitment, a.id",
                            params));
            case "aid.donors.active" -> Drill.sum("PARTNERS", donors(scope, params));
            default -> Drill.sum(
                    "USD", transactions(key.equals("aid.committed") ? "COMMITMENT" : "DISBURSEMENT", scope, params));
        };
    }

    /** The donors of the items active in the period, each once. */
    private List<Line> donors(String scope, Map<String, Object> params) {
        List<Line> lines = new ArrayList<>();
        partners.names(jdbc.queryForList(
                        "select distinct a.donor_id from aid_item a where " + scope + ACTIVE
                                + " and a.donor_id is not null",
                        params,
                        Long.class))
                .forEach((id, name) -> lines.add(Line.counted(name, "/partners/" + id, null, null)));
        return lines;
    }

    /** Each transaction of a type in the period, with its amount. */
    private List<Line> transactions(String type, String scope, Map<String, Object> params) {
        params.put("type", type);
        return paying(
                "/aid/",
                "select a.id, a.title, t.tx_date, a.unit_code, t.amount, t.currency from aid_transaction t"
                        + " join aid_item a on a.id = t.aid_item_id where " + scope + " and t.type = :type and "
                        + FigureQuery.in("t.tx_date", 0) + " order by t.tx_date, a.id",
                params,
                "aid.transaction.type." + type);
    }
}
