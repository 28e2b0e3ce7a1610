package vn.doingoai.news;

import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
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
        int n = query.size();
        long[] counts = new long[query.cells()];
        jdbc.query(
                "select 1" + query.sumsIn("n.published_on", "1") + query.unitColumn("n.unit_code")
                        + " from news n where " + query.scope("n.unit_code")
                        + " and n.status = 'PUBLISHED' and n.published_on between :from and :to"
                        + query.groupByUnit("n.unit_code"),
                query.sqlParameters(),
                rs -> {
                    int g = query.group(rs);
                    for (int i = 0; i < n; i++) {
                        counts[query.cell(g, i)] += rs.getLong(2 + i);
                    }
                });
        for (int c = 0; c < query.cells(); c++) {
            figures.get(c).put(ARTICLES, counts[c], "ARTICLES", "/news?" + query.listParams(c) + "&status=PUBLISHED");
        }
    }
}
