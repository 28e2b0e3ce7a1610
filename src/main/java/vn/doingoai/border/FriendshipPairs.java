package vn.doingoai.border;

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
import vn.doingoai.partner.PartnerKind;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Friendship pairs: their keeping for this module's pages, API, dataset section and plug-ins. */
@Service
@Transactional
public class FriendshipPairs {

    private final FriendshipPairRepository repository;
    private final Partners partners;
    private final BorderUnits borderUnits;
    private final Access access;
    private final Units units;

    FriendshipPairs(
            FriendshipPairRepository repository,
            Partners partners,
            BorderUnits borderUnits,
            Access access,
            Units units) {
        this.repository = repository;
        this.partners = partners;
        this.borderUnits = borderUnits;
        this.access = access;
        this.units = units;
    }

    /** A pair with its foreign locality, as lists and pages show it. */
    record View(FriendshipPairData data, PartnerRef partner) {

        public String partnerName() {
            return partner == null ? data.partner() : partner.displayName();
        }
    }

    Map<Long, PartnerRef> partnersOf(Collection<FriendshipPair> pairs) {
        return partners.refs(pairs.stream().map(FriendshipPair::getPartnerId).collect(Collectors.toSet()));
    }

    static FriendshipPairData data(FriendshipPair p, Map<Long, PartnerRef> refs, boolean withIdentity) {
        PartnerRef partner = refs.get(p.getPartnerId());
        return FriendshipPairData.of(p, partner == null ? null : partner.ref(), withIdentity);
    }

    private static View view(FriendshipPair p, Map<Long, PartnerRef> refs) {
        return new View(data(p, refs, true), refs.get(p.getPartnerId()));
    }

    @Transactional(readOnly = true)
    Page<View> list(FriendshipPairFilter filter, Pageable pageable) {
        Page<FriendshipPair> page = repository.findAll(specification(filter), pageable);
        Map<Long, PartnerRef> refs = partnersOf(page.getContent());
        return page.map(p -> view(p, refs));
    }

    @Transactional(readOnly = true)
    List<View> listAll(FriendshipPairFilter filter, Sort sort) {
        List<FriendshipPair> all = repository.findAll(specification(filter), sort);
        Map<Long, PartnerRef> refs = partnersOf(all);
        return all.stream().map(p -> view(p, refs)).toList();
    }

    private Specification<FriendshipPair> specification(FriendshipPairFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<FriendshipPair> spec =
                Specification.<FriendshipPair>where(scope.specification(false)).and(RecordSpecs.matching(filter.q()));
        if (!Text.isBlank(filter.partner())) {
            Long partnerId =
                    partners.resolve(filter.partner()).map(PartnerRef::id).orElse(-1L);
            spec = spec.and(RecordSpecs.equal("partnerId", partnerId));
        }
        if (filter.activeOn() != null) {
            LocalDate day = filter.activeOn();
            spec = spec.and((root, q, cb) -> cb.and(
                    cb.lessThanOrEqualTo(root.get("establishedOn"), day),
                    cb.or(cb.isNull(root.get("endedOn")), cb.greaterThan(root.get("endedOn"), day))));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    View read(Long id) {
        FriendshipPair p = get(id);
        return view(p, partnersOf(List.of(p)));
    }

    private FriendshipPair get(Long id) {
        FriendshipPair p = repository.findById(id).orElseThrow(() -> new NotFoundException("Friendship pair " + id));
        access.checkRead(p.getUnitCode());
        PartnerRef partner = partnersOf(List.of(p)).get(p.getPartnerId());
        p.remember(partner == null ? null : partner.ref(), partner == null ? null : partner.displayName());
        return p;
    }

    FriendshipPairData create(FriendshipPairData data) {
        checkWrite(data.unit());
        FriendshipPair p = new FriendshipPair();
        apply(p, data);
        repository.saveAndFlush(p);
        return read(p.getId()).data();
    }

    FriendshipPairData update(Long id, FriendshipPairData data) {
        FriendshipPair p = get(id);
        access.checkWrite(p.getUnitCode());
        checkWrite(data.unit());
        StaleVersionException.check(p, data.version());
        apply(p, data);
        repository.flush();
        return read(id).data();
    }

    void delete(Long id) {
        FriendshipPair p = get(id);
        access.checkWrite(p.getUnitCode());
        repository.delete(p);
    }

    private void checkWrite(String unitCode) {
        if (!Text.isBlank(unitCode) && units.exists(unitCode.trim())) {
            access.checkWrite(unitCode.trim());
        } else if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
    }

    private void apply(FriendshipPair p, FriendshipPairData data) {
        List<FieldProblem> problems = validate(data);
        borderUnits.check(data.unit()).ifPresent(problems::add);
        Optional<PartnerRef> partner = resolvePartner(data.partner(), problems::add);
        if (!Text.isBlank(data.ref())) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(p.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        p.remember(partner.get().ref(), partner.get().displayName());
        p.apply(data, partner.get().id());
    }

    /** The foreign locality a pair names: it must exist and be a {@code FOREIGN_LOCALITY}; problems at {@code partner}. */
    Optional<PartnerRef> resolvePartner(String idOrRef, java.util.function.Consumer<FieldProblem> problem) {
        if (Text.isBlank(idOrRef)) {
            return Optional.empty();
        }
        Optional<PartnerRef> partner = partners.resolve(idOrRef);
        if (partner.isEmpty()) {
            problem.accept(new FieldProblem("partner", "validation.ref.unknown"));
        } else if (partner.get().kind() != PartnerKind.FOREIGN_LOCALITY) {
            problem.accept(new FieldProblem("partner", "border.pair.partner.notLocality"));
            return Optional.empty();
        }
        return partner;
    }

    /** The checks a pair must pass beyond its field constraints (its unit's border is {@link BorderUnits}'). */
    List<FieldProblem> validate(FriendshipPairData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (Text.isBlank(data.partner())) {
            problems.add(new FieldProblem("partner", "validation.required"));
        }
        if (data.establishedOn() == null) {
            problems.add(new FieldProblem("establishedOn", "validation.required"));
        } else if (data.endedOn() != null && data.endedOn().isBefore(data.establishedOn())) {
            problems.add(new FieldProblem("endedOn", "border.pair.endedBefore"));
        }
        return problems;
    }

    // ---- for the plug-ins of this module

    /** The pairs of a foreign locality that the current user may see. */
    @Transactional(readOnly = true)
    List<FriendshipPairData> ofPartner(Long partnerId) {
        UnitScope readable = access.readable();
        List<FriendshipPair> all = repository.findByPartnerIdOrderByEstablishedOnDesc(partnerId).stream()
                .filter(p -> readable.contains(p.getUnitCode()))
                .toList();
        Map<Long, PartnerRef> refs = partnersOf(all);
        return all.stream().map(p -> data(p, refs, true)).toList();
    }

    /** How many pairs of a scope were established in a period and still hold on its last day (the report's new ones). */
    @Transactional(readOnly = true)
    long establishedIn(UnitScope scope, LocalDate from, LocalDate to) {
        return repository.count(Specification.<FriendshipPair>where(scope.specification(false))
                .and((root, q, cb) -> cb.and(
                        cb.between(root.get("establishedOn"), from, to),
                        cb.or(cb.isNull(root.get("endedOn")), cb.greaterThan(root.get("endedOn"), to)))));
    }

    // ---- the dataset section's export (its import is BorderImports)

    @Transactional(readOnly = true)
    List<FriendshipPairData> exportAll(UnitScope scope) {
        List<FriendshipPair> all = repository.findAll(scope.<FriendshipPair>specification(false), Sort.by("ref"));
        Map<Long, PartnerRef> refs = partnersOf(all);
        return all.stream().map(p -> data(p, refs, false)).toList();
    }
}
