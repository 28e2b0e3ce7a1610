package vn.doingoai.letter;

import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/** {@code letters.sent} and {@code letters.received}: the letters dated in the period, counted by the database. */
@Component
class LetterFigures implements FigureSource {

    private final NamedParameterJdbcTemplate jdbc;

    LetterFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        int n = query.size();
        long[][] counts = new long[query.cells()][2]; // sent, received
        jdbc.query(
                "select l.direction" + query.sumsIn("l.letter_date", "1") + query.unitColumn("l.unit_code")
                        + " from official_letter l where " + query.scope("l.unit_code")
                        + " and l.letter_date between :from and :to group by l.direction"
                        + query.unitColumn("l.unit_code"),
                query.sqlParameters(),
                rs -> {
                    int g = query.group(rs);
                    int direction = LetterDirection.valueOf(rs.getString(1)).ordinal();
                    for (int i = 0; i < n; i++) {
                        counts[query.cell(g, i)][direction] += rs.getLong(2 + i);
                    }
                });
        for (int c = 0; c < query.cells(); c++) {
            String list = "/letters?" + query.listParams(c);
            Figures f = figures.get(c);
            f.put("letters.sent", counts[c][0], "LETTERS", list + "&direction=SENT");
            f.put("letters.received", counts[c][1], "LETTERS", list + "&direction=RECEIVED");
        }
    }
}
