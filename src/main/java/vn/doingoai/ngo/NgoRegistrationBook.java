package vn.doingoai.ngo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.RecordViewBook;
import vn.doingoai.common.Text;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The keeping of NGO registrations for this module's pages, API and dataset section: the record
 * names its NGO (a partner) by id or ref, and is valid from a day to another (or without end).
 */
@Service
@Transactional
class NgoRegistrationBook
        extends RecordViewBook<NgoRegistration, NgoRegistrationData, NgoRegistrationFilter, NgoRegistrations.View> {

    private final NgoRegistrations registrations;
    private final Partners partners;
    private final Units units;

    NgoRegistrationBook(
            NgoRegistrationRepository repository,
            NgoRegistrations registrations,
            Partners partners,
            Access access,
            Units units) {
        super(repository, access, NgoRegistration::new);
        this.registrations = registrations;
        this.partners = partners;
        this.units = units;
    }

    @Override
    protected Specification<NgoRegistration> specification(NgoRegistrationFilter filter) {
        Specification<NgoRegistration> spec = listed(filter.unit(), filter.q())
                .and(RecordSpecs.equal("kind", filter.kind()))
                .and(RecordSpecs.<NgoRegistration, LocalDate>between("validTo", null, filter.expiresBy()));
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

    @Override
    protected List<NgoRegistrationData> data(List<NgoRegistration> records) {
        return views(records).stream().map(NgoRegistrations.View::data).toList();
    }

    /** Registrations with their NGO. */
    @Override
    protected List<NgoRegistrations.View> views(List<NgoRegistration> records) {
        return registrations.views(records);
    }

    @Override
    protected void remember(NgoRegistration r) {
        r.remember(registrations.ngos(List.of(r)).get(r.getNgoId()));
    }

    @Override
    protected void write(NgoRegistration r, NgoRegistrationData data) {
        List<FieldProblem> problems = validate(data);
        Optional<PartnerRef> ngo = partners.resolve(data.ngo(), "ngo", problems);
        checkAll(r, data, problems);
        r.apply(data, ngo.get());
    }

    /** The checks a registration must pass beyond its field constraints. */
    List<FieldProblem> validate(NgoRegistrationData data) {
        List<FieldProblem> problems = new ArrayList<>();
        units.check(data.unit(), problems);
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

    // ---- the dataset section's export (its import is NgoRegistrationImport)

    @Transactional(readOnly = true)
    List<NgoRegistrationData> exportAll(UnitScope scope) {
        List<NgoRegistration> all = repository.findAll(scope.<NgoRegistration>specification(false), Sort.by("ref"));
        Map<Long, PartnerRef> ngos = registrations.ngos(all);
        return all.stream().map(r -> NgoRegistrations.data(r, ngos, false)).toList();
    }
}
