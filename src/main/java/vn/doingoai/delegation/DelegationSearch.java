package vn.doingoai.delegation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Countries;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.unit.UnitScope;

/** Delegations in the global search: by title, purpose, countries (also by their Vietnamese names), partners, members. */
@Component
class DelegationSearch implements SearchProvider {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DelegationRepository repository;
    private final UnitNames unitNames;

    DelegationSearch(DelegationRepository repository, UnitNames unitNames) {
        this.repository = repository;
        this.unitNames = unitNames;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<Delegation> spec =
                Specification.<Delegation>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "startDate"))).stream()
                .map(d -> new SearchHit(
                        "nav.delegations",
                        d.getTitle(),
                        DATE.format(d.getStartDate())
                                + (d.getCountries().isEmpty()
                                        ? ""
                                        : " · "
                                                + d.getCountries().stream()
                                                        .map(c -> Countries.name(c, locale))
                                                        .collect(Collectors.joining(", ")))
                                + " · " + unitNames.label(d.getUnitCode()),
                        "/delegations/" + d.getId()))
                .toList();
    }
}
