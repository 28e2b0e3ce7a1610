package vn.doingoai.investment;

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
import vn.doingoai.unit.UnitScope;

/** FDI projects in the global search. */
@Component
class InvestmentSearch implements SearchProvider {

    private final InvestmentRepository repository;

    InvestmentSearch(InvestmentRepository repository) {
        this.repository = repository;
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
                        VietnameseFormat.date(i.getRegisteredOn()) + " · " + VietnameseFormat.amount(i.getCapital()),
                        "/investments/" + i.getId()))
                .toList();
    }
}
