package vn.doingoai.letter;

import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;

/** {@code letters.sent} and {@code letters.received}: the letters dated in the period, counted by the database. */
@Component
class LetterFigures implements FigureSource {

    static final String SENT = "letters.sent";
    static final String RECEIVED = "letters.received";

    private final NamedParameterJdbcTemplate jdbc;

    LetterFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        FigureTally tally = query.tally();
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
