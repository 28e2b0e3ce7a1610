package vn.doingoai.overseas;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.SqlFigureRecords;

/** The donations behind {@code overseas.donations}: each received in the period, with its amount at its day's rate. */
@Component
class OverseasFigureRecords extends SqlFigureRecords {

    OverseasFigureRecords() {
        super(List.of(OverseasFigures.KEY));
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        return Drill.sum(
                "USD",
                jdbc.query(
                        "select d.id, coalesce(p.name_vi, p.name, d.donor_name), d.received_on, d.unit_code,"
                                + " d.amount, d.currency, d.purpose from overseas_donation d"
                                + " left join partner p on p.id = d.donor_id where " + query.scope("d.unit_code")
                                + " and " + FigureQuery.in("d.received_on", 0) + " order by d.received_on, d.id",
                        query.sqlParameters(),
                        (rs, n) -> paid(rs, "/overseas-donations/", rs.getString(7))));
    }
}
