package vn.doingoai.direction;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;

/**
 * {@code training.courses} and {@code training.trainees}: the training courses starting in the
 * period and their trainees, counted by the database; and the courses behind them (the drill-down).
 */
@Component
class TrainingFigures extends SqlFigureSource implements FigureRecords {

    static final String COURSES = "training.courses";
    static final String TRAINEES = "training.trainees";

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        query.select("training t", "t.unit_code")
                .sumIn("courses", "t.start_date", "1")
                .sumIn("trainees", "t.start_date", "coalesce(t.trainees, 0)")
                .where("t.start_date between :from and :to")
                .read(jdbc, row -> {
                    tally.add(row, COURSES, row.count("courses"));
                    tally.add(row, TRAINEES, row.count("trainees"));
                });
        tally.put(figures, COURSES, "COURSES", c -> "/trainings?" + query.listParams(c));
        tally.put(figures, TRAINEES, "PERSONS", c -> "/trainings?" + query.listParams(c));
    }

    @Override
    public Set<String> keys() {
        return Set.of(COURSES, TRAINEES);
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        boolean trainees = key.equals(TRAINEES);
        var lines = jdbc.query(
                "select t.id, t.title, t.start_date, t.unit_code, coalesce(t.trainees, 0) from training t where "
                        + query.scope("t.unit_code") + " and " + FigureQuery.in("t.start_date", 0)
                        + " order by t.start_date, t.id",
                query.sqlParameters(),
                FigureRecords.lines("/trainings/", trainees));
        return Drill.sum(trainees ? "PERSONS" : "COURSES", lines);
    }
}
