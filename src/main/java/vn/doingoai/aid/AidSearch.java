package vn.doingoai.aid;

import java.util.List;
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

/** Aid items in the global search. */
@Component
class AidSearch implements SearchProvider {

    private final AidRepository repository;
    private final HitText text;

    AidSearch(AidRepository repository, HitText text) {
        this.repository = repository;
        this.text = text;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<AidItem> spec =
                Specification.<AidItem>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by("title"))).stream()
                .map(a -> new SearchHit(
                        "nav.aid",
                        a.getTitle(),
                        HitText.join(
                                text.date(a.getStartDate()) + " – " + text.date(a.getEndDate()),
                                text.unit(a.getUnitCode())),
                        "/aid/" + a.getId()))
                .toList();
    }
}
