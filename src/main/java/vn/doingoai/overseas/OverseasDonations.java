package vn.doingoai.overseas;

import java.math.BigDecimal;
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
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.Money;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Overseas donations: their keeping for this module's pages, API, dataset section and plug-ins. */
@Service
@Transactional
public class OverseasDonations {

    private final OverseasDonationRepository repository;
    private final Partners partners;
    private final CurrencyConverter converter;
    private final Access access;
    private final Units units;

    OverseasDonations(
            OverseasDonationRepository repository,
            Partners partners,
            CurrencyConverter converter,
            Access access,
            Units units) {
        this.repository = repository;
        this.partners = partners;
        this.converter = converter;
        this.access = access;
        this.units = units;
    }

    /**
     * A donation as pages show it: with its donor, and its value in USD and in VND at the rates of
     * the day it was received (null where a rate is missing).
     */
    record View(OverseasDonationData data, PartnerRef donor, BigDecimal usd, BigDecimal vnd) {

        /** The donor's name: the partner's, the person's, or both ("Hội… · Ông…"). */
        public String donorLabel() {
            if (donor == null) {
                return data.donorName();
            }
            return Text.isBlank(data.donorName())
                    ? donor.displayName()
                    : donor.displayName() + " · " + data.donorName();
        }

        public Money usdValue() {
            return usd == null ? null : Money.usd(usd);
        }

        public Money vndValue() {
            return vnd == null ? null : new Money(vnd, "VND");
        }
    }

    Map<Long, PartnerRef> donors(Collection<OverseasDonation> donations) {
        return partners.refs(donations.stream()
                .map(OverseasDonation::getDonorId)
                .filter(id -> id != null)
                .collect(Collectors.toSet()));
    }

    static OverseasDonationData data(OverseasDonation d, Map<Long, PartnerRef> donors, boolean withIdentity) {
        PartnerRef donor = d.getDonorId() == null ? null : donors.get(d.getDonorId());
        return OverseasDonationData.of(d, donor == null ? null : donor.ref(), withIdentity);
    }

    private List<View> views(List<OverseasDonation> donations) {
        Map<Long, PartnerRef> donors = donors(donations);
        CurrencyConverter rates = converter.snapshot();
        return donations.stream().map(d -> view(d, donors, rates)).toList();
    }

    private static View view(OverseasDonation d, Map<Long, PartnerRef> donors, CurrencyConverter rates) {
        return new View(
                data(d, donors, true),
                d.getDonorId() == null ? null : donors.get(d.getDonorId()),
                rates.toUsd(d.getValue(), d.getReceivedOn()).orElse(null),
                rates.toVnd(d.getValue(), d.getReceivedOn()).orElse(null));
    }

    @Transactional(readOnly = true)
    Page<View> list(OverseasDonationFilter filter, Pageable pageable) {
        Page<OverseasDonation> page = repository.findAll(specification(filter), pageable);
        Map<Long, PartnerRef> donors = donors(page.getContent());
        CurrencyConverter rates = converter.snapshot();
        return page.map(d -> view(d, donors, rates));
    }

    @Transactional(readOnly = true)
    List<View> listAll(OverseasDonationFilter filter, Sort sort) {
        return views(repository.findAll(specification(filter), sort));
    }

    private Specification<OverseasDonation> specification(OverseasDonationFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<OverseasDonation> spec = Specification.<OverseasDonation>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()));
        if (!Text.isBlank(filter.currency())) {
            spec = spec.and(
                    RecordSpecs.equal("value.currency", filter.currency().trim().toUpperCase()));
        }
        if (!Text.isBlank(filter.donor())) {
            Long donorId = partners.resolve(filter.donor()).map(PartnerRef::id).orElse(-1L);
            spec = spec.and(RecordSpecs.equal("donorId", donorId));
        }
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("receivedOn"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("receivedOn"), filter.to()));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    View read(Long id) {
        return views(List.of(get(id))).get(0);
    }

    private OverseasDonation get(Long id) {
        OverseasDonation d =
                repository.findById(id).orElseThrow(() -> new NotFoundException("Overseas donation " + id));
        access.checkRead(d.getUnitCode());
        PartnerRef donor = d.getDonorId() == null ? null : donors(List.of(d)).get(d.getDonorId());
        d.remember(donor == null ? null : donor.ref(), donor == null ? null : donor.displayName());
        return d;
    }

    OverseasDonationData create(OverseasDonationData data) {
        checkWrite(data.unit());
        OverseasDonation d = new OverseasDonation();
        apply(d, data);
        repository.saveAndFlush(d);
        return read(d.getId()).data();
    }

    OverseasDonationData update(Long id, OverseasDonationData data) {
        OverseasDonation d = get(id);
        access.checkWrite(d.getUnitCode());
        checkWrite(data.unit());
        StaleVersionException.check(d, data.version());
        apply(d, data);
        repository.flush();
        return read(id).data();
    }

    void delete(Long id) {
        OverseasDonation d = get(id);
        access.checkWrite(d.getUnitCode());
        repository.delete(d);
    }

    private void checkWrite(String unitCode) {
        if (!Text.isBlank(unitCode) && units.exists(unitCode.trim())) {
            access.checkWrite(unitCode.trim());
        } else if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
    }

    private void apply(OverseasDonation d, OverseasDonationData data) {
        List<FieldProblem> problems = validate(data);
        Optional<PartnerRef> donor =
                resolveDonor(data.donor(), () -> problems.add(new FieldProblem("donor", "validation.ref.unknown")));
        if (!Text.isBlank(data.ref())) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(d.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        d.remember(
                donor.map(PartnerRef::ref).orElse(null),
                donor.map(PartnerRef::displayName).orElse(null));
        d.apply(data, donor.map(PartnerRef::id).orElse(null));
    }

    /** The partner a donation names as its donor, or empty (reported through {@code unknown} when one was named). */
    Optional<PartnerRef> resolveDonor(String idOrRef, Runnable unknown) {
        if (Text.isBlank(idOrRef)) {
            return Optional.empty();
        }
        Optional<PartnerRef> donor = partners.resolve(idOrRef);
        if (donor.isEmpty()) {
            unknown.run();
        }
        return donor;
    }

    /** The checks a donation must pass beyond its field constraints. */
    List<FieldProblem> validate(OverseasDonationData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (Text.isBlank(data.donor()) && Text.isBlank(data.donorName())) {
            problems.add(new FieldProblem("donorName", "overseas.donor.required"));
        }
        if (data.receivedOn() == null) {
            problems.add(new FieldProblem("receivedOn", "validation.required"));
        }
        if (data.value() == null) {
            problems.add(new FieldProblem("value.amount", "overseas.amount.required"));
        } else {
            if (data.value().amount().signum() <= 0) {
                problems.add(new FieldProblem("value.amount", "overseas.amount.required"));
            }
            if (!Money.isCurrency(data.value().currency())) {
                problems.add(new FieldProblem("value.currency", "validation.currency.unknown"));
            }
        }
        return problems;
    }

    // ---- for the plug-ins and the association's page

    /** The donations of a partner that the current user may see, latest first. */
    @Transactional(readOnly = true)
    List<View> ofDonor(Long partnerId) {
        UnitScope readable = access.readable();
        return views(repository.findByDonorIdOrderByReceivedOnDesc(partnerId).stream()
                .filter(d -> readable.contains(d.getUnitCode()))
                .toList());
    }

    /**
     * The donations of a scope received in a period that have no USD rate on their day, summed per
     * currency: left out of {@code overseas.donations}, the report names them.
     */
    @Transactional(readOnly = true)
    Map<String, BigDecimal> unconverted(UnitScope scope, java.time.LocalDate from, java.time.LocalDate to) {
        Specification<OverseasDonation> spec = Specification.<OverseasDonation>where(scope.specification(false))
                .and((root, q, cb) -> cb.between(root.get("receivedOn"), from, to));
        CurrencyConverter rates = converter.snapshot();
        Map<String, BigDecimal> missing = new java.util.TreeMap<>();
        for (OverseasDonation d : repository.findAll(spec)) {
            if (rates.toUsd(d.getValue(), d.getReceivedOn()).isEmpty()) {
                missing.merge(d.getValue().currency(), d.getValue().amount(), BigDecimal::add);
            }
        }
        return missing;
    }

    /** The donations that the current user may see that name a partner as donor, by donor, in one query. */
    @Transactional(readOnly = true)
    Map<Long, List<View>> byDonor() {
        Specification<OverseasDonation> spec = Specification.<OverseasDonation>where(
                        access.readable().specification(false))
                .and((root, q, cb) -> cb.isNotNull(root.get("donorId")));
        return views(repository.findAll(spec, Sort.by(Sort.Direction.DESC, "receivedOn"))).stream()
                .collect(Collectors.groupingBy(
                        v -> v.donor() == null ? -1L : v.donor().id()));
    }

    // ---- the dataset section's export (its import is OverseasDonationImport)

    @Transactional(readOnly = true)
    List<OverseasDonationData> exportAll(UnitScope scope) {
        List<OverseasDonation> all = repository.findAll(scope.<OverseasDonation>specification(false), Sort.by("ref"));
        Map<Long, PartnerRef> donors = donors(all);
        return all.stream().map(d -> data(d, donors, false)).toList();
    }
}
