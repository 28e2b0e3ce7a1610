package vn.doingoai.news;

import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** News in the global search: by title and summary. */
@Component
class NewsSearch extends RecordSearch<NewsItem> {

    private final MessageSource messages;

    NewsSearch(NewsRepository repository, HitText text, MessageSource messages) {
        super("nav.news", "/news/", repository, Sort.by(Sort.Direction.DESC, "publishedOn", "id"), text);
        this.messages = messages;
    }

    @Override
    protected Function<NewsItem, Hit> shown(List<NewsItem> found) {
        return n -> new Hit(
                n.getTitle(),
                HitText.join(
                        text.unit(n.getUnitCode()),
                        messages.getMessage(
                                "news.language." + n.getLanguage(),
                                null,
                                n.getLanguage(),
                                LocaleContextHolder.getLocale()),
                        text.date(n.getPublishedOn())));
    }
}
