package vn.doingoai.letter;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.SqlFigureRecords;

/** The letters behind {@code letters.sent} and {@code letters.received}: those dated in the period. */
@Component
class LetterFigureRecords extends SqlFigureRecords {

    LetterFigureRecords() {
        super(List.of("letters.sent", "letters.received"));
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        Map<String, Object> params = query.sqlParameters();
        params.put("direction", key.equals("letters.sent") ? "SENT" : "RECEIVED");
        return Drill.sum(
                "LETTERS",
                counted(
                        "/letters/",
                        "select l.id, l.subject, l.letter_date, l.unit_code, l.occasion from official_letter l where "
                                + query.scope("l.unit_code") + " and l.direction = :direction and "
                                + FigureQuery.in("l.letter_date", 0) + " order by l.letter_date, l.id",
                        params,
                        "letter.occasion."));
    }
}
