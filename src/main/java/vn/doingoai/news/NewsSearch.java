package vn.doingoai.news;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.search.HitText;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitScope;

/** News in the global search: by title and summary. */
@Component
class NewsSearch implements SearchProvider {

    private final NewsRepository repository;
    private final HitText text;
    private final MessageSource messages;

    NewsSearch(NewsRepository repository, HitText text, MessageSource messages) {
        this.repository = repository;
        this.text = text;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<NewsItem> spec =
                Specification.<NewsItem>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        return repository
                .findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "publishedOn", "id")))
                .stream()
                .map(n -> new SearchHit(
                        "nav.news",
                        n.getTitle(),
                        HitText.join(
                                text.unit(n.getUnitCode()),
                                messages.getMessage(
                                        "news.language." + n.getLanguage(),
                                        null,
                                        n.getLanguage(),
                                        LocaleContextHolder.getLocale()),
                                text.date(n.getPublishedOn())),
                        "/news/" + n.getId()))
                .toList();
    }
}
