package vn.doingoai.news;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The news list's one declaration: the columns of its page and of its Excel export, the latest first. */
final class NewsColumns {

    static final ListColumns<NewsData> LIST = ListColumns.of(
                    "nav.news",
                    "/news",
                    "tin-tuc.xlsx",
                    n -> "/news/" + n.id(),
                    List.of(
                            Column.ref(NewsData::ref),
                            Column.text("news.title", "title", NewsData::title),
                            Column.date("news.publishedOn", "publishedOn", NewsData::publishedOn),
                            Column.unit(NewsData::unit),
                            Column.label("news.language", "language", "news.language", NewsData::language),
                            Column.<NewsData>text("news.summary", null, NewsData::summary)
                                    .excelOnly(),
                            Column.label("common.status", "status", "news.status", NewsData::status)))
            .sorted(Sort.by(Sort.Direction.DESC, "publishedOn"), Sort.by("publishedOn"));

    private NewsColumns() {}
}
