package vn.doingoai.agreement;

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

/** Agreements in the global search: by title, signatory and partner names. */
@Component
class AgreementSearch implements SearchProvider {

    private final AgreementRepository repository;
    private final UnitNames unitNames;

    AgreementSearch(AgreementRepository repository, UnitNames unitNames) {
        this.repository = repository;
        this.unitNames = unitNames;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<Agreement> spec =
                Specification.<Agreement>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "signedOn"))).stream()
                .map(a -> new SearchHit(
                        "nav.agreements",
                        a.getTitle(),
                        unitNames.label(a.getUnitCode())
                                + (a.getSignedOn() == null ? "" : " · " + VietnameseFormat.date(a.getSignedOn())),
                        "/agreements/" + a.getId()))
                .toList();
    }
}
