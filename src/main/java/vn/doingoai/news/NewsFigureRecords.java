package vn.doingoai.news;

import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;

/** The news behind {@code information.articles}: those published in the period. */
@Component
class NewsFigureRecords implements FigureRecords {

    private final NamedParameterJdbcTemplate jdbc;

    NewsFigureRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> keys() {
        return Set.of(NewsFigures.ARTICLES);
    }

    @Override
    @Transactional(readOnly = true)
    public Drill records(String key, FigureQuery query) {
        return Drill.sum(
                "ARTICLES",
                jdbc.query(
                        "select n.id, n.title, n.published_on, n.unit_code from news n where "
                                + query.scope("n.unit_code") + " and n.status = 'PUBLISHED' and "
                                + FigureQuery.in("n.published_on", 0) + " order by n.published_on, n.id",
                        query.sqlParameters(),
                        FigureRecords.lines("/news/", false)));
    }
}
