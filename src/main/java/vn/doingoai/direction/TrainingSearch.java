package vn.doingoai.direction;

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

/** Training courses in the global search: by title, organiser and place. */
@Component
class TrainingSearch implements SearchProvider {

    private final TrainingRepository repository;
    private final UnitNames unitNames;

    TrainingSearch(TrainingRepository repository, UnitNames unitNames) {
        this.repository = repository;
        this.unitNames = unitNames;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<Training> spec =
                Specification.<Training>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "startDate"))).stream()
                .map(t -> new SearchHit(
                        "nav.trainings",
                        t.getTitle(),
                        unitNames.label(t.getUnitCode()) + " · " + VietnameseFormat.date(t.getStartDate()),
                        "/trainings/" + t.getId()))
                .toList();
    }
}
