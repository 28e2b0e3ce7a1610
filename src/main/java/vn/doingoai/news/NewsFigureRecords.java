package vn.doingoai.news;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.SqlFigureRecords;

/** The news behind {@code information.articles}: those published in the period. */
@Component
class NewsFigureRecords extends SqlFigureRecords {

    NewsFigureRecords() {
        super(List.of(NewsFigures.ARTICLES));
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        return Drill.sum(
                "ARTICLES",
                counted(
                        "/news/",
                        "select n.id, n.title, n.published_on, n.unit_code from news n where "
                                + query.scope("n.unit_code") + " and n.status = 'PUBLISHED' and "
                                + FigureQuery.in("n.published_on", 0) + " order by n.published_on, n.id",
                        query.sqlParameters()));
    }
}
