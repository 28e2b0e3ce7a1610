package vn.doingoai.direction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * {@code training.courses} and {@code training.trainees}: the training courses starting in the
 * period and their trainees, counted by the database; and the courses behind them (the drill-down).
 */
@Component
class TrainingFigures implements FigureSource, FigureRecords {

    static final String COURSES = "training.courses";
    static final String TRAINEES = "training.trainees";

    private final NamedParameterJdbcTemplate jdbc;

    TrainingFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        int n = query.size();
        long[][] counts = new long[query.cells()][2]; // courses, trainees
        jdbc.query(
                "select count(*)" + query.sumsIn("t.start_date", "1")
                        + query.sumsIn("t.start_date", "coalesce(t.trainees, 0)") + query.unitColumn("t.unit_code")
                        + " from training t where " + query.scope("t.unit_code")
                        + " and t.start_date between :from and :to" + query.groupByUnit("t.unit_code"),
                query.sqlParameters(),
                rs -> {
                    int g = query.group(rs);
                    for (int i = 0; i < n; i++) {
                        counts[query.cell(g, i)][0] += rs.getLong(2 + i);
                        counts[query.cell(g, i)][1] += rs.getLong(2 + n + i);
                    }
                });
        for (int c = 0; c < query.cells(); c++) {
            String list = "/trainings?" + query.listParams(c);
            figures.get(c).put(COURSES, counts[c][0], "COURSES", list);
            figures.get(c).put(TRAINEES, counts[c][1], "PERSONS", list);
        }
    }

    @Override
    public Set<String> keys() {
        return Set.of(COURSES, TRAINEES);
    }

    @Override
    @Transactional(readOnly = true)
    public Drill records(String key, FigureQuery query) {
        boolean trainees = key.equals(TRAINEES);
        var lines = jdbc.query(
                "select t.id, t.title, t.start_date, t.unit_code, coalesce(t.trainees, 0) from training t where "
                        + query.scope("t.unit_code") + " and " + FigureQuery.in("t.start_date", 0)
                        + " order by t.start_date, t.id",
                query.sqlParameters(),
                (rs, n) -> {
                    String link = "/trainings/" + rs.getLong(1);
                    var date = rs.getDate(3).toLocalDate();
                    return trainees
                            ? Line.adding(
                                    rs.getString(2),
                                    link,
                                    date,
                                    rs.getString(4),
                                    null,
                                    BigDecimal.valueOf(rs.getLong(5)))
                            : Line.counted(rs.getString(2), link, date, rs.getString(4));
                });
        return Drill.sum(trainees ? "PERSONS" : "COURSES", lines);
    }
}
