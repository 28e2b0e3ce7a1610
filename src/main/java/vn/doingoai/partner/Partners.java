package vn.doingoai.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * Partners: the lookups other modules use ({@link #resolve}, {@link #refs}), and the keeping of
 * partners for this module's pages, API and dataset section. Partners of no unit are shared by
 * everyone; a partner recorded for a unit is seen within that unit's scope.
 */
@Service
@Transactional
public class Partners {

    private final PartnerRepository repository;
    private final Access access;
    private final Units units;
    private final ObjectProvider<PartnerLinks> links;

    /** The links are asked lazily: the modules that implement them use this service. */
    Partners(PartnerRepository repository, Access access, Units units, ObjectProvider<PartnerLinks> links) {
        this.repository = repository;
        this.access = access;
        this.units = units;
        this.links = links;
    }

    // ---- the public lookups

    /**
     * A partner by its id or its ref, as a request may name it. Within one transaction (an import
     * naming the same partners thousands of times) each is looked up once.
     */
    @Transactional(readOnly = true)
    public Optional<PartnerRef> resolve(String idOrRef) {
        if (idOrRef == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return find(idOrRef).map(Partners::toRef);
        }
        @SuppressWarnings("unchecked")
        Map<String, Optional<PartnerRef>> memo =
                (Map<String, Optional<PartnerRef>>) TransactionSynchronizationManager.getResource(RESOLVED);
        if (memo == null) {
            memo = new HashMap<>();
            TransactionSynchronizationManager.bindResource(RESOLVED, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOLVED);
                }
            });
        }
        return memo.computeIfAbsent(idOrRef.trim(), key -> find(key).map(Partners::toRef));
    }

    /** The key of this transaction's remembered lookups. */
    private static final Object RESOLVED = new Object();

    /** Partners were written: forget what this transaction looked up. */
    static void forgetResolved() {
        Object memo = TransactionSynchronizationManager.getResource(RESOLVED);
        if (memo instanceof Map<?, ?> map) {
            map.clear();
        }
    }

    /** The partners of these ids, by id, for showing and exporting references. */
    @Transactional(readOnly = true)
    public Map<Long, PartnerRef> refs(Collection<Long> ids) {
        Map<Long, PartnerRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.findAllById(ids).forEach(p -> refs.put(p.getId(), toRef(p)));
        }
        return refs;
    }

    /**
     * Resolves a list of partner ids or refs to ids; reports each unknown one through {@code
     * unknown} with its index.
     */
    @Transactional(readOnly = true)
    public List<Long> resolveAll(List<String> idsOrRefs, java.util.function.IntConsumer unknown) {
        List<Long> ids = new ArrayList<>();
        if (idsOrRefs == null) {
            return ids;
        }
        for (int i = 0; i < idsOrRefs.size(); i++) {
            Optional<PartnerRef> partner = resolve(idsOrRefs.get(i));
            if (partner.isPresent()) {
                ids.add(partner.get().id());
            } else {
                unknown.accept(i);
            }
        }
        return ids;
    }

    /** The partners the current user may choose from in a form (shared ones and those of their units), by name. */
    @Transactional(readOnly = true)
    public List<PartnerRef> choices() {
        return repository
                .findAll(
                        access.readable().<Partner>specification(true), org.springframework.data.domain.Sort.by("name"))
                .stream()
                .map(Partners::toRef)
                .toList();
    }

    static PartnerRef toRef(Partner p) {
        return new PartnerRef(p.getId(), p.getRef(), p.getKind(), p.getName(), p.getNameVi(), p.getCountry());
    }

    Optional<Partner> find(String idOrRef) {
        if (idOrRef == null || idOrRef.isBlank()) {
            return Optional.empty();
        }
        Optional<Partner> byRef = repository.findByRef(idOrRef.trim());
        if (byRef.isPresent() || !idOrRef.trim().matches("\\d{1,18}")) {
            return byRef;
        }
        return repository.findById(Long.valueOf(idOrRef.trim()));
    }

    // ---- keeping partners

    @Transactional(readOnly = true)
    Page<PartnerData> list(PartnerFilter filter, Pageable pageable) {
        Page<Partner> page = repository.findAll(specification(filter), pageable);
        Map<Long, String> parentRefs = parentRefs(page.getContent());
        return page.map(p -> PartnerData.of(p, parentRefs.get(p.getParentId()), true));
    }

    @Transactional(readOnly = true)
    List<PartnerData> listAll(PartnerFilter filter, org.springframework.data.domain.Sort sort) {
        List<Partner> partners = repository.findAll(specification(filter), sort);
        Map<Long, String> parentRefs = parentRefs(partners);
        return partners.stream()
                .map(p -> PartnerData.of(p, parentRefs.get(p.getParentId()), true))
                .toList();
    }

    /** The refs of the parents of these partners, in one query. */
    Map<Long, String> parentRefs(List<Partner> partners) {
        Set<Long> ids = new java.util.HashSet<>();
        partners.stream()
                .map(Partner::getParentId)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        Map<Long, String> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.refsOf(ids).forEach(row -> refs.put((Long) row[0], (String) row[1]));
        }
        return refs;
    }

    @Transactional(readOnly = true)
    PartnerData read(Long id) {
        return PartnerData.of(get(id), parentRefOf(get(id)), true);
    }

    private Specification<Partner> specification(PartnerFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        return Specification.<Partner>where(scope.specification(true))
                .and(RecordSpecs.matching(filter.q()))
                .and(RecordSpecs.equal("kind", filter.kind()))
                .and(RecordSpecs.equal("country", Countries.code(filter.country())));
    }

    @Transactional(readOnly = true)
    Partner get(Long id) {
        Partner partner = repository.findById(id).orElseThrow(() -> new NotFoundException("Partner " + id));
        access.checkRead(partner.getUnitCode());
        partner.rememberParentRef(parentRefOf(partner));
        return partner;
    }

    PartnerData create(PartnerData data) {
        forgetResolved();
        checkWritable(data.unit());
        Partner partner = new Partner();
        apply(partner, data);
        repository.saveAndFlush(partner);
        return PartnerData.of(partner, parentRefOf(partner), true);
    }

    PartnerData update(Long id, PartnerData data) {
        forgetResolved();
        Partner partner = get(id);
        checkEditable(partner);
        checkWritable(data.unit());
        StaleVersionException.check(partner, data.version());
        apply(partner, data);
        repository.flush();
        return PartnerData.of(partner, parentRefOf(partner), true);
    }

    void delete(Long id) {
        forgetResolved();
        Partner partner = get(id);
        checkEditable(partner);
        if (!repository.findByParentId(id).isEmpty()) {
            throw new InvalidInputException("parent", "partner.delete.hasChildren");
        }
        repository.delete(partner);
    }

    /**
     * Whether the current user may change or delete this partner (for showing the buttons): see
     * {@link #checkEditable}.
     */
    @Transactional(readOnly = true)
    boolean mayEdit(Long id) {
        Partner partner = get(id);
        return mayWrite(partner.getUnitCode()) && coversItsUsers(partner);
    }

    /**
     * A partner is changed only by someone who may write its own unit's records and the records of
     * every unit that names it: one unit's user may not rename the partner of another unit's
     * agreements, delegations, events, investments or aid. Admins may change every partner.
     */
    private void checkEditable(Partner partner) {
        checkWritable(partner.getUnitCode());
        if (!coversItsUsers(partner)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Partner " + partner.getId() + " is used by records of units outside your rights");
        }
    }

    boolean coversItsUsers(Partner partner) {
        if (partner.getId() == null || access.current().isAdmin()) {
            return true;
        }
        return links.orderedStream()
                .flatMap(l -> l.unitsUsing(partner.getId()).stream())
                .distinct()
                .allMatch(access::canWrite);
    }

    private boolean mayWrite(String unitCode) {
        return unitCode == null || unitCode.isBlank() ? access.canWriteAnything() : access.canWrite(unitCode);
    }

    /** Shared partners (no unit) may be written by anyone who may write at all. */
    private void checkWritable(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            if (!access.canWriteAnything()) {
                throw new org.springframework.security.access.AccessDeniedException("Read only");
            }
        } else {
            access.checkWrite(unitCode);
        }
    }

    private void apply(Partner partner, PartnerData data) {
        List<FieldProblem> problems = validate(data);
        Long parentId = null;
        String parentRef = null;
        if (data.parent() != null && !data.parent().isBlank()) {
            Optional<Partner> parent = find(data.parent());
            if (parent.isEmpty()
                    || (partner.getId() != null && parent.get().getId().equals(partner.getId()))) {
                problems.add(new FieldProblem("parent", "validation.ref.unknown"));
            } else {
                parentId = parent.get().getId();
                parentRef = parent.get().getRef();
            }
        }
        if (data.ref() != null && !data.ref().isBlank()) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(partner.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        partner.apply(data, parentId, parentRef);
    }

    /** The checks a partner must pass beyond its field constraints. */
    List<FieldProblem> validate(PartnerData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        if (data.name() == null || data.name().isBlank()) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        if (!Text.isBlank(data.country()) && !Countries.isValid(data.country())) {
            problems.add(new FieldProblem("country", "validation.country.unknown"));
        }
        if (data.unit() != null && !data.unit().isBlank() && !units.exists(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        return problems;
    }

    String parentRefOf(Partner partner) {
        return partner.getParentId() == null
                ? null
                : repository
                        .findById(partner.getParentId())
                        .map(Partner::getRef)
                        .orElse(null);
    }

    @Transactional(readOnly = true)
    List<PartnerRef> children(Long id) {
        return repository.findByParentId(id).stream().map(Partners::toRef).toList();
    }

    // ---- the dataset section's export (its import is PartnerImport)

    @Transactional(readOnly = true)
    List<PartnerData> exportAll(UnitScope scope) {
        List<Partner> partners =
                repository.findAll(scope.<Partner>specification(true), org.springframework.data.domain.Sort.by("ref"));
        Map<Long, String> refById = new HashMap<>();
        partners.forEach(p -> refById.put(p.getId(), p.getRef()));
        return partners.stream()
                .map(p -> PartnerData.of(
                        p,
                        p.getParentId() == null
                                ? null
                                : refById.computeIfAbsent(p.getParentId(), id -> repository
                                        .findById(id)
                                        .map(Partner::getRef)
                                        .orElse(null)),
                        false))
                .toList();
    }
}
