package vn.doingoai.news;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;

/** {@code information.articles}: news published in the period (by {@code publishedOn}), counted in one pass. */
@Component
class NewsFigures extends SqlFigureSource {

    static final String ARTICLES = "information.articles";

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        countDated(query, tally, ARTICLES, "news n", "n.published_on", "n.status = 'PUBLISHED'");
        tally.put(figures, ARTICLES, "ARTICLES", c -> "/news?" + query.listParams(c) + "&status=PUBLISHED");
    }
}
