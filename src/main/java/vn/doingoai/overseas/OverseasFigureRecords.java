package vn.doingoai.overseas;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.money.Money;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;

/** The donations behind {@code overseas.donations}: each received in the period, with its amount at its day's rate. */
@Component
class OverseasFigureRecords implements FigureRecords {

    private final NamedParameterJdbcTemplate jdbc;

    OverseasFigureRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> keys() {
        return Set.of(OverseasFigures.KEY);
    }

    @Override
    @Transactional(readOnly = true)
    public Drill records(String key, FigureQuery query) {
        return Drill.sum(
                "USD",
                jdbc.query(
                        "select d.id, coalesce(p.name_vi, p.name, d.donor_name), d.received_on, d.unit_code,"
                                + " d.amount, d.currency, d.purpose from overseas_donation d"
                                + " left join partner p on p.id = d.donor_id where " + query.scope("d.unit_code")
                                + " and " + FigureQuery.in("d.received_on", 0) + " order by d.received_on, d.id",
                        query.sqlParameters(),
                        (rs, n) -> {
                            var date = rs.getDate(3).toLocalDate();
                            return Line.paying(
                                    rs.getString(2),
                                    "/overseas-donations/" + rs.getLong(1),
                                    date,
                                    rs.getString(4),
                                    rs.getString(7),
                                    List.of(new Amount(new Money(rs.getBigDecimal(5), rs.getString(6)), date)));
                        }));
    }
}
