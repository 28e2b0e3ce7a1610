package vn.doingoai.investment;

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

/** FDI projects in the global search. */
@Component
class InvestmentSearch implements SearchProvider {

    private final InvestmentRepository repository;
    private final HitText text;

    InvestmentSearch(InvestmentRepository repository, HitText text) {
        this.repository = repository;
        this.text = text;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<Investment> spec =
                Specification.<Investment>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by("name"))).stream()
                .map(i -> new SearchHit(
                        "nav.investments",
                        i.getName(),
                        HitText.join(
                                text.date(i.getRegisteredOn()),
                                text.amount(i.getCapital()),
                                text.unit(i.getUnitCode())),
                        "/investments/" + i.getId()))
                .toList();
    }
}
