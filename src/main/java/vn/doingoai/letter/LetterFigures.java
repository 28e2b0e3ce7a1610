package vn.doingoai.letter;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;

/** {@code letters.sent} and {@code letters.received}: the letters dated in the period, counted by the database. */
@Component
class LetterFigures extends SqlFigureSource {

    static final String SENT = "letters.sent";
    static final String RECEIVED = "letters.received";

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        query.select("official_letter l", "l.unit_code")
                .groupBy("l.direction")
                .sumIn("letters", "l.letter_date", "1")
                .where("l.letter_date between :from and :to")
                .read(
                        jdbc,
                        row -> tally.add(
                                row,
                                LetterDirection.valueOf(row.text("direction")) == LetterDirection.SENT
                                        ? SENT
                                        : RECEIVED,
                                row.count("letters")));
        tally.put(figures, SENT, "LETTERS", c -> "/letters?" + query.listParams(c) + "&direction=SENT");
        tally.put(figures, RECEIVED, "LETTERS", c -> "/letters?" + query.listParams(c) + "&direction=RECEIVED");
    }
}
