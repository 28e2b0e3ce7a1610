package vn.doingoai.event;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.unit.UnitScope;

/** Events in the global search: by title, location, bridge points and partner names. */
@Component
class EventSearch implements SearchProvider {

    private final EventRepository repository;
    private final UnitNames unitNames;

    EventSearch(EventRepository repository, UnitNames unitNames) {
        this.repository = repository;
        this.unitNames = unitNames;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<Event> spec =
                Specification.<Event>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "startDate"))).stream()
                .map(e -> new SearchHit(
                        "nav.events",
                        e.getTitle(),
                        unitNames.label(e.getUnitCode()) + " · " + VietnameseFormat.date(e.getStartDate()),
                        "/events/" + e.getId()))
                .toList();
    }
}
