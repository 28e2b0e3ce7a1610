package vn.doingoai.letter;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;

/** The letters behind {@code letters.sent} and {@code letters.received}: those dated in the period. */
@Component
class LetterFigureRecords implements FigureRecords {

    private final NamedParameterJdbcTemplate jdbc;

    LetterFigureRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> keys() {
        return Set.of("letters.sent", "letters.received");
    }

    @Override
    @Transactional(readOnly = true)
    public Drill records(String key, FigureQuery query) {
        Map<String, Object> params = query.sqlParameters();
        params.put("direction", key.equals("letters.sent") ? "SENT" : "RECEIVED");
        return Drill.sum(
                "LETTERS",
                jdbc.query(
                        "select l.id, l.subject, l.letter_date, l.unit_code, l.occasion from official_letter l where "
                                + query.scope("l.unit_code") + " and l.direction = :direction and "
                                + FigureQuery.in("l.letter_date", 0) + " order by l.letter_date, l.id",
                        params,
                        (rs, n) -> Line.counted(
                                        rs.getString(2),
                                        "/letters/" + rs.getLong(1),
                                        rs.getDate(3).toLocalDate(),
                                        rs.getString(4))
                                .withNote("letter.occasion." + rs.getString(5))));
    }
}
