package vn.doingoai.partner;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Countries;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitScope;

/** Partners in the global search. */
@Component
class PartnerSearch implements SearchProvider {

    private final PartnerRepository repository;

    PartnerSearch(PartnerRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<Partner> spec =
                Specification.<Partner>where(scope.specification(true)).and(RecordSpecs.matching(foldedQuery));
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by("name"))).stream()
                .map(p -> new SearchHit(
                        "nav.partners",
                        p.displayName(),
                        p.getName()
                                + (p.getCountry() == null
                                        ? ""
                                        : " · "
                                                + Countries.name(
                                                        p.getCountry(),
                                                        org.springframework.context.i18n.LocaleContextHolder
                                                                .getLocale())),
                        "/partners/" + p.getId()))
                .toList();
    }
}
