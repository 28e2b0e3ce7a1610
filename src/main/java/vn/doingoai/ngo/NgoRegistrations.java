package vn.doingoai.ngo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.common.Text;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Foreign NGOs' registrations: their keeping for this module's pages, API, dataset section and plug-ins. */
@Service
@Transactional
public class NgoRegistrations {

    private final NgoRegistrationRepository repository;
    private final Partners partners;
    private final Access access;
    private final Units units;

    NgoRegistrations(NgoRegistrationRepository repository, Partners partners, Access access, Units units) {
        this.repository = repository;
        this.partners = partners;
        this.access = access;
        this.units = units;
    }

    /** The NGOs of these registrations, by id, in one query. */
    Map<Long, PartnerRef> ngos(Collection<NgoRegistration> registrations) {
        return partners.refs(
                registrations.stream().map(NgoRegistration::getNgoId).collect(Collectors.toSet()));
    }

    /** A registration with its NGO, as lists and pages show it. */
    record View(NgoRegistrationData data, PartnerRef ngo) {}

    static NgoRegistrationData data(NgoRegistration r, Map<Long, PartnerRef> ngos, boolean withIdentity) {
        PartnerRef ngo = ngos.get(r.getNgoId());
        return NgoRegistrationData.of(r, ngo == null ? null : ngo.ref(), withIdentity);
    }

    @Transactional(readOnly = true)
    Page<View> list(NgoRegistrationFilter filter, Pageable pageable) {
        Page<NgoRegistration> page = repository.findAll(specification(filter), pageable);
        Map<Long, PartnerRef> ngos = ngos(page.getContent());
        return page.map(r -> new View(data(r, ngos, true), ngos.get(r.getNgoId())));
    }

    @Transactional(readOnly = true)
    List<View> listAll(NgoRegistrationFilter filter, Sort sort) {
        List<NgoRegistration> all = repository.findAll(specification(filter), sort);
        Map<Long, PartnerRef> ngos = ngos(all);
        return all.stream()
                .map(r -> new View(data(r, ngos, true), ngos.get(r.getNgoId())))
                .toList();
    }

    private Specification<NgoRegistration> specification(NgoRegistrationFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<NgoRegistration> spec = Specification.<NgoRegistration>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()))
                .and(RecordSpecs.equal("kind", filter.kind()));
        if (!Text.isBlank(filter.ngo())) {
            Long ngoId = partners.resolve(filter.ngo()).map(PartnerRef::id).orElse(-1L);
            spec = spec.and(RecordSpecs.equal("ngoId", ngoId));
        }
        if (filter.validOn() != null) {
            spec = spec.and(validBetween(filter.validOn(), filter.validOn()));
        }
        if (filter.from() != null || filter.to() != null) {
            spec = spec.and(validBetween(filter.from(), filter.to()));
        }
        if (filter.expiresBy() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("validTo"), filter.expiresBy()));
        }
        return spec;
    }

    /** Valid at some time between two days (either may be open). */
    private static Specification<NgoRegistration> validBetween(LocalDate from, LocalDate to) {
        return (root, q, cb) -> cb.and(
                to == null ? cb.conjunction() : cb.lessThanOrEqualTo(root.get("validFrom"), to),
                from == null
                        ? cb.conjunction()
                        : cb.or(cb.isNull(root.get("validTo")), cb.greaterThanOrEqualTo(root.get("validTo"), from)));
    }

    @Transactional(readOnly = true)
    View read(Long id) {
        NgoRegistration r = get(id);
        Map<Long, PartnerRef> ngos = ngos(List.of(r));
        return new View(data(r, ngos, true), ngos.get(r.getNgoId()));
    }

    private NgoRegistration get(Long id) {
        NgoRegistration r = repository.findById(id).orElseThrow(() -> new NotFoundException("NGO registration " + id));
        access.checkRead(r.getUnitCode());
        PartnerRef ngo = ngos(List.of(r)).get(r.getNgoId());
        r.remember(ngo == null ? null : ngo.ref(), ngo == null ? null : ngo.displayName());
        return r;
    }

    NgoRegistrationData create(NgoRegistrationData data) {
        checkWrite(data.unit());
        NgoRegistration r = new NgoRegistration();
        apply(r, data);
        repository.saveAndFlush(r);
        return read(r.getId()).data();
    }

    NgoRegistrationData update(Long id, NgoRegistrationData data) {
        NgoRegistration r = get(id);
        access.checkWrite(r.getUnitCode());
        checkWrite(data.unit());
        StaleVersionException.check(r, data.version());
        apply(r, data);
        repository.flush();
        return read(id).data();
    }

    void delete(Long id) {
        NgoRegistration r = get(id);
        access.checkWrite(r.getUnitCode());
        repository.delete(r);
    }

    private void checkWrite(String unitCode) {
        if (!Text.isBlank(unitCode) && units.exists(unitCode.trim())) {
            access.checkWrite(unitCode.trim());
        } else if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
    }

    private void apply(NgoRegistration r, NgoRegistrationData data) {
        List<FieldProblem> problems = validate(data);
        Optional<PartnerRef> ngo =
                resolveNgo(data.ngo(), () -> problems.add(new FieldProblem("ngo", "validation.ref.unknown")));
        if (!Text.isBlank(data.ref())) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(r.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        r.remember(ngo.get().ref(), ngo.get().displayName());
        r.apply(data, ngo.get().id());
    }

    /** The NGO a registration names, or empty (reported through {@code unknown} when one was named). */
    Optional<PartnerRef> resolveNgo(String idOrRef, Runnable unknown) {
        if (Text.isBlank(idOrRef)) {
            return Optional.empty();
        }
        Optional<PartnerRef> ngo = partners.resolve(idOrRef);
        if (ngo.isEmpty()) {
            unknown.run();
        }
        return ngo;
    }

    /** The checks a registration must pass beyond its field constraints. */
    List<FieldProblem> validate(NgoRegistrationData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (Text.isBlank(data.ngo())) {
            problems.add(new FieldProblem("ngo", "validation.required"));
        }
        if (data.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        if (data.validFrom() == null) {
            problems.add(new FieldProblem("validFrom", "validation.required"));
        } else if (data.validTo() != null && data.validTo().isBefore(data.validFrom())) {
            problems.add(new FieldProblem("validTo", "ngo.validTo.beforeFrom"));
        }
        return problems;
    }

    // ---- for the plug-ins of this module

    /** The registrations of an NGO that the current user may see, latest first. */
    @Transactional(readOnly = true)
    List<NgoRegistrationData> ofNgo(Long partnerId) {
        UnitScope readable = access.readable();
        List<NgoRegistration> all = repository.findByNgoIdOrderByValidFromDesc(partnerId).stream()
                .filter(r -> readable.contains(r.getUnitCode()))
                .toList();
        Map<Long, PartnerRef> ngos = ngos(all);
        return all.stream().map(r -> data(r, ngos, true)).toList();
    }

    /** The papers of a scope whose validity ends between two days, soonest first. */
    @Transactional(readOnly = true)
    List<View> expiring(UnitScope scope, LocalDate from, LocalDate to) {
        List<NgoRegistration> all = repository.findByValidToBetweenOrderByValidToAsc(from, to).stream()
                .filter(r -> scope.contains(r.getUnitCode()))
                .toList();
        Map<Long, PartnerRef> ngos = ngos(all);
        return all.stream()
                .map(r -> new View(data(r, ngos, true), ngos.get(r.getNgoId())))
                .toList();
    }

    // ---- the dataset section's export (its import is NgoRegistrationImport)

    @Transactional(readOnly = true)
    List<NgoRegistrationData> exportAll(UnitScope scope) {
        List<NgoRegistration> all = repository.findAll(scope.<NgoRegistration>specification(false), Sort.by("ref"));
        Map<Long, PartnerRef> ngos = ngos(all);
        return all.stream().map(r -> data(r, ngos, false)).toList();
    }
}
