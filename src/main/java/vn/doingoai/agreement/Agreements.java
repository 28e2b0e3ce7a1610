package vn.doingoai.agreement;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.common.Workflow;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * Agreements: the lookups other modules use ({@link #resolve}, {@link #refs}), and the keeping of
 * agreements for this module's pages, API and dataset section.
 */
@Service
@Transactional
public class Agreements {

    private final AgreementRepository repository;
    private final Partners partners;
    private final Access access;
    private final Units units;
    private final AgreementWorkflow workflow;
    private final AgreementDocuments policyDocuments;

    Agreements(
            AgreementRepository repository,
            Partners partners,
            Access access,
            Units units,
            AgreementWorkflow workflow,
            AgreementDocuments policyDocuments) {
        this.policyDocuments = policyDocuments;
        this.repository = repository;
        this.partners = partners;
        this.access = access;
        this.units = units;
        this.workflow = workflow;
    }

    // ---- the public lookups

    /** An agreement by its id or its ref, as a request may name it. */
    @Transactional(readOnly = true)
    public Optional<AgreementRef> resolve(String idOrRef) {
        return find(idOrRef).map(Agreements::toRef);
    }

    /** The agreements of these ids, by id, for showing and exporting references. */
    @Transactional(readOnly = true)
    public Map<Long, AgreementRef> refs(Collection<Long> ids) {
        Map<Long, AgreementRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.findAllById(ids).forEach(a -> refs.put(a.getId(), toRef(a)));
        }
        return refs;
    }

    /** The agreements the current user may link a record to (those of their units), newest first. */
    @Transactional(readOnly = true)
    public List<AgreementRef> choices() {
        return repository
                .findAll(
                        access.readable().<Agreement>specification(false),
                        Sort.by(Sort.Direction.DESC, "signedOn").and(Sort.by("title")))
                .stream()
                .map(Agreements::toRef)
                .toList();
    }

    static AgreementRef toRef(Agreement a) {
        return new AgreementRef(a.getId(), a.getRef(), a.getUnitCode(), a.getTitle(), a.getSignedOn(), a.getStatus());
    }

    private Optional<Agreement> find(String idOrRef) {
        if (idOrRef == null || idOrRef.isBlank()) {
            return Optional.empty();
        }
        Optional<Agreement> byRef = repository.findByRef(idOrRef.trim());
        if (byRef.isPresent() || !idOrRef.trim().matches("\\d{1,18}")) {
            return byRef;
        }
        return repository.findById(Long.valueOf(idOrRef.trim()));
    }

    // ---- the rule of "in force", for the database

    /** Agreements in force on {@code day}: signed, and the day within validFrom–validTo (open ends allowed). */
    static Specification<Agreement> inForceOn(LocalDate day) {
        return (root, q, cb) -> cb.and(
                cb.equal(root.get("status"), AgreementStatus.SIGNED),
                cb.or(cb.isNull(root.get("validFrom")), cb.lessThanOrEqualTo(root.get("validFrom"), day)),
                cb.or(cb.isNull(root.get("validTo")), cb.greaterThanOrEqualTo(root.get("validTo"), day)));
    }

    static Specification<Agreement> notInForceOn(LocalDate day) {
        return (root, q, cb) -> cb.not(inForceOn(day).toPredicate(root, q, cb));
    }

    /** The same rule in SQL, for agreement alias {@code a} and the SQL expression of the day. */
    static String inForceOnSql(String day) {
        return "a.status = 'SIGNED' and (a.valid_from is null or a.valid_from <= " + day
                + ") and (a.valid_to is null or a.valid_to >= " + day + ")";
    }

    // ---- keeping agreements

    @Transactional(readOnly = true)
    Page<AgreementData> list(AgreementFilter filter, Pageable pageable) {
        Page<Agreement> page = repository.findAll(specification(filter), pageable);
        Map<Long, PartnerRef> refs = partnerRefs(page.getContent());
        return page.map(a -> AgreementData.of(a, refsOf(a, refs), AgreementData.Shape.IDENTITY));
    }

    @Transactional(readOnly = true)
    List<AgreementData> listAll(AgreementFilter filter, Sort sort) {
        List<Agreement> all = repository.findAll(specification(filter), sort);
        Map<Long, PartnerRef> refs = partnerRefs(all);
        return all.stream()
                .map(a -> AgreementData.of(a, refsOf(a, refs), AgreementData.Shape.IDENTITY))
                .toList();
    }

    private Specification<Agreement> specification(AgreementFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<Agreement> spec = Specification.<Agreement>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()))
                .and(RecordSpecs.equal("level", filter.level()))
                .and(RecordSpecs.equal("status", filter.status()));
        if (filter.inForce() != null) {
            LocalDate day = filter.on() == null ? LocalDate.now() : filter.on();
            spec = spec.and(filter.inForce() ? inForceOn(day) : notInForceOn(day));
        }
        if (filter.from() != null || filter.to() != null) {
            spec = spec.and((root, q, cb) -> {
                List<Predicate> p = new ArrayList<>();
                if (filter.from() != null) {
                    p.add(cb.greaterThanOrEqualTo(root.get("signedOn"), filter.from()));
                }
                if (filter.to() != null) {
                    p.add(cb.lessThanOrEqualTo(root.get("signedOn"), filter.to()));
                }
                return cb.and(p.toArray(Predicate[]::new));
            });
        }
        return spec;
    }

    /** The partners of these agreements, in one query. */
    Map<Long, PartnerRef> partnerRefs(Collection<Agreement> agreements) {
        policyDocuments.remember(agreements);
        Set<Long> ids = new HashSet<>();
        agreements.forEach(a -> ids.addAll(a.getPartnerIds()));
        return partners.refs(ids);
    }

    static List<String> refsOf(Agreement a, Map<Long, PartnerRef> refs) {
        return refsOf(a.getPartnerIds(), refs);
    }

    static List<String> refsOf(List<Long> ids, Map<Long, PartnerRef> refs) {
        return ids.stream()
                .map(refs::get)
                .filter(r -> r != null)
                .map(PartnerRef::ref)
                .toList();
    }

    @Transactional(readOnly = true)
    AgreementData read(Long id) {
        Agreement a = get(id);
        return AgreementData.of(a, refsOf(a, partnerRefs(List.of(a))), AgreementData.Shape.IDENTITY);
    }

    /** The partners of one agreement, for its page. */
    @Transactional(readOnly = true)
    List<PartnerRef> partnersOf(Long id) {
        Agreement a = get(id);
        Map<Long, PartnerRef> refs = partnerRefs(List.of(a));
        return a.getPartnerIds().stream().map(refs::get).filter(r -> r != null).toList();
    }

    private Agreement get(Long id) {
        Agreement a = repository.findById(id).orElseThrow(() -> new NotFoundException("Agreement " + id));
        access.checkRead(a.getUnitCode());
        Map<Long, PartnerRef> refs = partnerRefs(List.of(a));
        a.rememberPartners(refsOf(a, refs), names(a.getPartnerIds(), refs));
        return a;
    }

    AgreementData create(AgreementData data) {
        checkWrite(data.unit());
        Workflow.Outcome<AgreementStatus> decided = workflow.check(null, data);
        Agreement a = new Agreement();
        apply(a, data);
        decided.applyTo(a);
        repository.saveAndFlush(a);
        return read(a.getId());
    }

    AgreementData update(Long id, AgreementData data) {
        Agreement a = get(id);
        access.checkWrite(a.getUnitCode());
        checkWrite(data.unit());
        StaleVersionException.check(a, data.version());
        Workflow.Outcome<AgreementStatus> decided = workflow.check(a, data);
        apply(a, data);
        decided.applyTo(a);
        repository.flush();
        return read(id);
    }

    // ---- the workflow's steps (the rules are AgreementWorkflow's)

    AgreementData approve(Long id, String decisionNumber, LocalDate decisionDate, LocalDate signedOn, Long version) {
        return step(id, version, a -> workflow.approve(a, decisionNumber, decisionDate, signedOn));
    }

    AgreementData terminate(Long id, Long version) {
        return step(id, version, workflow::terminate);
    }

    /** A step of the workflow, with the version it read when it has one (409 when stale). */
    private AgreementData step(Long id, Long version, java.util.function.Consumer<Agreement> step) {
        Agreement a = get(id);
        StaleVersionException.checkIfSent(a, version);
        step.accept(a);
        repository.flush();
        return read(id);
    }

    void delete(Long id) {
        Agreement a = get(id);
        access.checkWrite(a.getUnitCode());
        repository.delete(a);
    }

    /**
     * Attaches the signed document (replacing any earlier one). The upload is kept only after the
     * right to write the agreement was checked: a refused request writes no file.
     */
    AgreementData attach(Long id, java.util.function.Supplier<StoredDocument> upload) {
        Agreement a = get(id);
        access.checkWrite(a.getUnitCode());
        StoredDocument document = upload.get();
        if (document != null) {
            a.setDocument(document);
            repository.flush();
        }
        return read(id);
    }

    /** The signed document, after the access check of its agreement. */
    @Transactional(readOnly = true)
    StoredDocument document(Long id) {
        StoredDocument document = get(id).getDocument();
        if (document == null || document.path() == null) {
            throw new NotFoundException("Document of agreement " + id);
        }
        return document;
    }

    /** Whether the current user may check this unit's writing rights (blank units are left to validation). */
    private void checkWrite(String unitCode) {
        if (unitCode != null && !unitCode.isBlank() && units.exists(unitCode.trim())) {
            access.checkWrite(unitCode.trim());
        } else if (!access.canWriteAnything()) {
            throw new org.springframework.security.access.AccessDeniedException("Read only");
        }
    }

    private void apply(Agreement a, AgreementData data) {
        List<FieldProblem> problems = validate(data);
        List<Long> partnerIds = partners.resolveAll(
                data.partners(), i -> problems.add(new FieldProblem("partners[" + i + "]", "validation.ref.unknown")));
        if (data.ref() != null && !data.ref().isBlank()) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(a.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<Long, PartnerRef> refs = partners.refs(partnerIds);
        List<Long> distinct = partnerIds.stream().distinct().toList();
        policyDocuments.link(a, data);
        a.apply(data, distinct, refsOf(distinct, refs), names(distinct, refs));
    }

    static String names(List<Long> ids, Map<Long, PartnerRef> refs) {
        return ids.stream()
                .map(refs::get)
                .filter(r -> r != null)
                .map(r -> r.name() + " " + (r.nameVi() == null ? "" : r.nameVi()))
                .collect(Collectors.joining(" "));
    }

    /** The checks an agreement must pass beyond its field constraints. */
    List<FieldProblem> validate(AgreementData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.unit() == null || data.unit().isBlank()) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (data.level() == null) {
            problems.add(new FieldProblem("level", "validation.required"));
        }
        if (data.title() == null || data.title().isBlank()) {
            problems.add(new FieldProblem("title", "validation.required"));
        }
        if (data.status() == null) {
            problems.add(new FieldProblem("status", "validation.required"));
        } else if (data.status() != AgreementStatus.PROPOSED && data.signedOn() == null) {
            problems.add(new FieldProblem("signedOn", "agreement.signedOn.required"));
        }
        if (data.validFrom() != null && data.validTo() != null && data.validTo().isBefore(data.validFrom())) {
            problems.add(new FieldProblem("validTo", "validation.dates.order"));
        }
        if (data.fields() != null && data.fields().contains(null)) {
            problems.add(new FieldProblem("fields", "agreement.field.unknown"));
        }
        if (!policyDocuments.known(data)) {
            problems.add(new FieldProblem("policyDocument", "validation.ref.unknown"));
        }
        return problems;
    }

    // ---- for the plug-ins of this module

    @Transactional(readOnly = true)
    List<Agreement> expiring(UnitScope scope, LocalDate from, LocalDate to) {
        return repository.expiringBetween(scope.all(), scope.codesForQuery(), AgreementStatus.SIGNED, from, to);
    }

    /** The agreements waiting for the approval of their signing, the first 100 by date. */
    @Transactional(readOnly = true)
    List<Agreement> waiting(UnitScope scope) {
        Specification<Agreement> spec = Specification.<Agreement>where(scope.specification(false))
                .and(RecordSpecs.equal("status", AgreementStatus.PROPOSED));
        return repository
                .findAll(spec, PageRequest.of(0, 100, Sort.by("validFrom", "id")))
                .getContent();
    }

    @Transactional(readOnly = true)
    List<Agreement> signedBetween(UnitScope scope, LocalDate from, LocalDate to) {
        return repository.signedBetween(scope.all(), scope.codesForQuery(), AgreementStatus.PROPOSED, from, to);
    }

    // ---- the dataset section's export (its import is AgreementImport)

    @Transactional(readOnly = true)
    List<AgreementData> exportAll(UnitScope scope) {
        List<Agreement> all = repository.findAll(scope.<Agreement>specification(false), Sort.by("ref"));
        Map<Long, PartnerRef> refs = partnerRefs(all);
        return all.stream()
                .map(a -> AgreementData.of(a, refsOf(a, refs), AgreementData.Shape.EXPORT))
                .toList();
    }

    /** The agreements naming this partner, within the user's scope, for the partner's page. */
    @Transactional(readOnly = true)
    List<AgreementRef> byPartner(Long partnerId) {
        UnitScope readable = access.readable();
        return repository.findByPartner(partnerId).stream()
                .filter(a -> readable.contains(a.getUnitCode()))
                .map(Agreements::toRef)
                .toList();
    }
}
