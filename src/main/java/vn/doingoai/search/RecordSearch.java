package vn.doingoai.search;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.unit.UnitScope;

/**
 * One record type in the global search, the one way every record module searches: the records of
 * the units the user may read whose folded search text contains the query, at most {@code limit}
 * of them in the type's order, each a hit linked to {@code path + id}. A module says only what is
 * its own: its repository, order and path in the constructor, {@link #shown} (the title and line of
 * each record found, written with {@link #text}), and {@link #orShared} when records of no unit
 * are everyone's.
 *
 * @param <E> the entity
 */
public abstract class RecordSearch<E extends RecordEntity> implements SearchProvider {

    /** What a hit says of a record: what it is called and a line about it (may be empty). */
    public record Hit(String title, String line) {}

    private final String type;
    private final String path;
    private final JpaSpecificationExecutor<E> repository;
    private final Sort order;

    /** Writes the hits' words: units by name, dates and amounts the page's way. */
    protected final HitText text;

    /**
     * @param type the message key naming the record type ({@code nav.trainings})
     * @param path the start of a record's link, the id follows ({@code /trainings/})
     */
    protected RecordSearch(String type, String path, JpaSpecificationExecutor<E> repository, Sort order, HitText text) {
        this.type = type;
        this.path = path;
        this.repository = repository;
        this.order = order;
        this.text = text;
    }

    /**
     * How the records found are shown: the words of each. {@code found} is there for the hits that
     * name other records (an NGO, a donor): look them up once for all.
     */
    protected abstract Function<E, Hit> shown(List<E> found);

    /** Whether records of no unit are found too (they are everyone's). */
    protected boolean orShared() {
        return false;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<E> spec =
                Specification.<E>where(scope.specification(orShared())).and(RecordSpecs.matching(foldedQuery));
        List<E> found =
                repository.findAll(spec, PageRequest.of(0, limit, order)).getContent();
        Function<E, Hit> words = shown(found);
        return found.stream()
                .map(e -> {
                    Hit hit = words.apply(e);
                    return new SearchHit(type, hit.title(), hit.line(), path + e.getId());
                })
                .toList();
    }
}
