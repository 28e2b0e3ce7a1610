package vn.doingoai.consular;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.money.Money;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;

/**
 * The consular records behind the {@code consular.*} figures, with the conditions of {@link
 * ConsularFigures}: the approvals decided in the period with their persons, the support paid in it
 * with its persons or its amount, the press visits starting in it, the cases opened in it.
 */
@Component
class ConsularFigureRecords implements FigureRecords {

    private static final Set<String> KEYS = Set.of(
            "consular.entries.approved",
            "consular.entries.received",
            "consular.citizens.supported",
            "consular.citizens.supportAmount",
            "consular.press.visits",
            "consular.protection.cases");

    private final NamedParameterJdbcTemplate jdbc;

    ConsularFigureRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> keys() {
        return KEYS;
    }

    @Override
    @Transactional(readOnly = true)
    public Drill records(String key, FigureQuery query) {
        Map<String, Object> params = query.sqlParameters();
        return switch (key) {
            case "consular.entries.approved", "consular.entries.received" -> {
                boolean approved = key.endsWith("approved");
                yield Drill.sum(
                        "PERSONS",
                        jdbc.query(
                                "select e.id, coalesce(e.decision_number, e.ref), e.decided_on, e.unit_code,"
                                        + (approved ? " e.approved" : " e.received") + " from entry_approval e where "
                                        + query.scope("e.unit_code") + " and " + FigureQuery.in("e.decided_on", 0)
                                        + " order by e.decided_on, e.id",
                                params,
                                (rs, n) -> Line.adding(
                                        rs.getString(2),
                                        "/consular/entry-approvals/" + rs.getLong(1),
                                        date(rs, 3),
                                        rs.getString(4),
                                        null,
                                        BigDecimal.valueOf(rs.getLong(5)))));
            }
            case "consular.citizens.supported", "consular.citizens.supportAmount" -> {
                boolean amount = key.endsWith("Amount");
                yield Drill.sum(
                        amount ? "VND" : "PERSONS",
                        jdbc.query(
                                "select s.id, coalesce(s.programme, s.ref), s.paid_on, s.unit_code, s.persons, s.amount,"
                                        + " s.currency from citizen_support s where " + query.scope("s.unit_code")
                                        + " and " + FigureQuery.in("s.paid_on", 0) + " order by s.paid_on, s.id",
                                params,
                                (rs, n) -> {
                                    String link = "/consular/citizen-support/" + rs.getLong(1);
                                    return amount
                                            ? Line.paying(
                                                    rs.getString(2),
                                                    link,
                                                    date(rs, 3),
                                                    rs.getString(4),
                                                    null,
                                                    List.of(new Amount(
                                                            new Money(rs.getBigDecimal(6), rs.getString(7)),
                                                            date(rs, 3))))
                                            : Line.adding(
                                                    rs.getString(2),
                                                    link,
                                                    date(rs, 3),
                                                    rs.getString(4),
                                                    null,
                                                    BigDecimal.valueOf(rs.getLong(5)));
                                }));
            }
            case "consular.press.visits" -> Drill.sum(
                    "VISITS",
                    jdbc.query(
                            "select v.id, coalesce(v.agency, v.ref), v.start_date, v.unit_code from press_visit v where "
                                    + query.scope("v.unit_code") + " and " + FigureQuery.in("v.start_date", 0)
                                    + " order by v.start_date, v.id",
                            params,
                            (rs, n) -> Line.counted(
                                    rs.getString(2),
                                    "/consular/press-visits/" + rs.getLong(1),
                                    date(rs, 3),
                                    rs.getString(4))));
            default -> Drill.sum(
                    "CASES",
                    jdbc.query(
                            "select c.id, coalesce(c.summary, c.ref), c.opened_on, c.unit_code from protection_case c where "
                                    + query.scope("c.unit_code") + " and " + FigureQuery.in("c.opened_on", 0)
                                    + " order by c.opened_on, c.id",
                            params,
                            (rs, n) -> Line.counted(
                                    shorten(rs.getString(2)),
                                    "/consular/protection-cases/" + rs.getLong(1),
                                    date(rs, 3),
                                    rs.getString(4))));
        };
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
