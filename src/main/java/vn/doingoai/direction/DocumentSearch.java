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

/** Policy documents in the global search: by number, title, issuer and the titles of their tasks. */
@Component
class DocumentSearch implements SearchProvider {

    private final DocumentRepository repository;
    private final UnitNames unitNames;

    DocumentSearch(DocumentRepository repository, UnitNames unitNames) {
        this.repository = repository;
        this.unitNames = unitNames;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<PolicyDocument> spec =
                Specification.<PolicyDocument>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "issuedOn"))).stream()
                .map(d -> new SearchHit(
                        "nav.documents",
                        d.getNumber() + " · " + d.getTitle(),
                        unitNames.label(d.getUnitCode()) + " · " + VietnameseFormat.date(d.getIssuedOn()),
                        "/documents/" + d.getId()))
                .toList();
    }
}
