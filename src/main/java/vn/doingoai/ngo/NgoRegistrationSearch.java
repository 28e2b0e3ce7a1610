package vn.doingoai.ngo;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.unit.UnitScope;

/** Registrations in the global search: by the NGO's name, the number and the area of work. */
@Component
class NgoRegistrationSearch implements SearchProvider {

    private final NgoRegistrationRepository repository;
    private final NgoRegistrations registrations;
    private final UnitNames unitNames;
    private final MessageSource messages;

    NgoRegistrationSearch(
            NgoRegistrationRepository repository,
            NgoRegistrations registrations,
            UnitNames unitNames,
            MessageSource messages) {
        this.repository = repository;
        this.registrations = registrations;
        this.unitNames = unitNames;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<NgoRegistration> spec =
                Specification.<NgoRegistration>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        List<NgoRegistration> found = repository
                .findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "validFrom")))
                .getContent();
        var ngos = registrations.ngos(found);
        return found.stream()
                .map(r -> new SearchHit(
                        "nav.ngoRegistrations",
                        (ngos.get(r.getNgoId()) == null
                                        ? ""
                                        : ngos.get(r.getNgoId()).displayName() + " · ")
                                + messages.getMessage("ngo.kind." + r.getKind(), null, LocaleContextHolder.getLocale()),
                        unitNames.label(r.getUnitCode()) + (r.getNumber() == null ? "" : " · " + r.getNumber()),
                        "/ngo-registrations/" + r.getId()))
                .toList();
    }
}
