package vn.doingoai.ngo;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/**
 * Registrations with their NGOs, as this module's list, pages and plug-ins show them (the partner's
 * page, the dashboard, the search); their keeping is {@link NgoRegistrationBook}'s.
 */
@Service
@Transactional(readOnly = true)
class NgoRegistrations {

    private final NgoRegistrationRepository repository;
    private final Partners partners;
    private final Access access;

    NgoRegistrations(NgoRegistrationRepository repository, Partners partners, Access access) {
        this.repository = repository;
        this.partners = partners;
        this.access = access;
    }

    /** A registration with its NGO, as lists and pages show it. */
    record View(NgoRegistrationData data, PartnerRef ngo) {

        /** The NGO's name (its ref when the partner is gone). */
        public String ngoName() {
            return ngo == null ? data.ngo() : ngo.displayName();
        }

        /** The NGO's country, for the export. */
        public String country() {
            return ngo == null ? null : ngo.country();
        }
    }

    /** The NGOs of these registrations, by id, in one query. */
    Map<Long, PartnerRef> ngos(Collection<NgoRegistration> registrations) {
        return partners.refs(
                registrations.stream().map(NgoRegistration::getNgoId).collect(Collectors.toSet()));
    }

    static NgoRegistrationData data(NgoRegistration r, Map<Long, PartnerRef> ngos, boolean withIdentity) {
        PartnerRef ngo = ngos.get(r.getNgoId());
        return NgoRegistrationData.of(r, ngo == null ? null : ngo.ref(), withIdentity);
    }

    /** These registrations with their NGOs (one lookup for all), with id and version. */
    List<View> views(List<NgoRegistration> registrations) {
        Map<Long, PartnerRef> ngos = ngos(registrations);
        return registrations.stream()
                .map(r -> new View(data(r, ngos, true), ngos.get(r.getNgoId())))
                .toList();
    }

    /** The registrations of an NGO that the current user may see, latest first. */
    List<NgoRegistrationData> ofNgo(Long partnerId) {
        UnitScope readable = access.readable();
        return views(repository.findByNgoIdOrderByValidFromDesc(partnerId).stream()
                        .filter(r -> readable.contains(r.getUnitCode()))
                        .toList())
                .stream()
                .map(View::data)
                .toList();
    }

    /** The papers of a scope whose validity ends between two days, soonest first. */
    List<View> expiring(UnitScope scope, LocalDate from, LocalDate to) {
        return views(repository.findByValidToBetweenOrderByValidToAsc(from, to).stream()
                .filter(r -> scope.contains(r.getUnitCode()))
                .toList());
    }
}
