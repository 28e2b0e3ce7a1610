package vn.doingoai.news;

import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;

/** {@code information.articles}: news published in the period (by {@code publishedOn}), counted in one pass. */
@Component
class NewsFigures implements FigureSource {

    static final String ARTICLES = "information.articles";

    private final NamedParameterJdbcTemplate jdbc;

    NewsFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        FigureTally tally = query.tally();
        query.select("news n", "n.unit_code")
                .sumIn("articles", "n.published_on", "1")
                .where("n.status = 'PUBLISHED' and n.published_on between :from and :to")
                .read(jdbc, row -> tally.add(row, ARTICLES, row.count("articles")));
        tally.put(figures, ARTICLES, "ARTICLES", c -> "/news?" + query.listParams(c) + "&status=PUBLISHED");
    }
}
