package vn.doingoai.delegation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.agreement.AgreementRef;
import vn.doingoai.common.Countries;
import vn.doingoai.common.DocumentStore;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.common.StoredDocument;
import vn.doingoai.common.Text;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * Delegations: keeping them for this module's pages, API and dataset section, their approval
 * workflow (proposed → approved or rejected → done, or cancelled), and the persons they name.
 */
@Service
@Transactional
public class Delegations {

    private final DelegationRepository repository;
    private final PersonRepository persons;
    private final vn.doingoai.agreement.Agreements agreements;
    private final Partners partners;
    private final Access access;
    private final Units units;
    private final DocumentStore documents;
    private final EntityManager em;

    Delegations(
            DelegationRepository repository,
            PersonRepository persons,
            Partners partners,
            Access access,
            Units units,
            DocumentStore documents,
            EntityManager em,
            vn.doingoai.agreement.Agreements agreements) {
        this.repository = repository;
        this.persons = persons;
        this.agreements = agreements;
        this.partners = partners;
        this.access = access;
        this.units = units;
        this.documents = documents;
        this.em = em;
    }

    // ---- lists

    @Transactional(readOnly = true)
    Page<DelegationData> list(DelegationFilter filter, Pageable pageable) {
        Page<Delegation> page = repository.findAll(specification(filter), pageable);
        Map<Long, PartnerRef> refs = partnerRefs(page.getContent());
        return page.map(d -> DelegationData.of(d, refs, true));
    }

    @Transactional(readOnly = true)
    List<DelegationData> listAll(DelegationFilter filter, Sort sort) {
        List<Delegation> all = repository.findAll(specification(filter), sort);
        Map<Long, PartnerRef> refs = partnerRefs(all);
        return all.stream().map(d -> DelegationData.of(d, refs, true)).toList();
    }

    /**
     * The counts of what the filter selects: delegations, lượt người and distinct persons. They
     * change only with a write, while the list is paged and sorted many times: kept under the data
     * version, for the filter and the units it resolves to for this user.
     */
    @Transactional(readOnly = true)
    @org.springframework.cache.annotation.Cacheable(
            cacheNames = vn.doingoai.config.Caches.FIGURES,
            key = "{@dataVersion.current(), 'delegation.counts', #filter, @access.scope(#filter.unit(), true)}",
            sync = true)
    public DelegationCounts counts(DelegationFilter filter) {
        Specification<Delegation> spec = specification(filter);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> totals = cb.createQuery(Object[].class);
        Root<Delegation> root = totals.from(Delegation.class);
        Predicate where = spec.toPredicate(root, totals, cb);
        totals.multiselect(cb.count(root), cb.sum(root.<Integer>get("persons")));
        if (where != null) {
            totals.where(where);
        }
        Object[] row = em.createQuery(totals).getSingleResult();
        CriteriaQuery<Long> people = cb.createQuery(Long.class);
        Root<Delegation> r2 = people.from(Delegation.class);
        Join<Delegation, Member> members = r2.join("members");
        Predicate where2 = spec.toPredicate(r2, people, cb);
        people.select(cb.countDistinct(members.get("personId")));
        if (where2 != null) {
            people.where(where2);
        }
        Long distinct = em.createQuery(people).getSingleResult();
        return new DelegationCounts(number(row[0]), number(row[1]), distinct == null ? 0 : distinct);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Specification<Delegation> specification(DelegationFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<Delegation> spec = Specification.<Delegation>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()))
                .and(RecordSpecs.equal("direction", filter.direction()))
                .and(RecordSpecs.equal("status", filter.status()));
        if (filter.country() != null && !filter.country().isBlank()) {
            String country = filter.country().trim().toUpperCase(Locale.ROOT);
            spec = spec.and((root, q, cb) -> cb.isMember(country, root.<Collection<String>>get("countries")));
        }
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("startDate"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("startDate"), filter.to()));
        }
        if (Boolean.TRUE.equals(filter.counted())) {
            spec = spec.and((root, q, cb) -> root.get("status").in(DelegationStatus.COUNTED));
        }
        return spec;
    }

    private Map<Long, PartnerRef> partnerRefs(Collection<Delegation> delegations) {
        rememberAgreements(delegations);
        Set<Long> ids = new HashSet<>();
        delegations.forEach(d -> ids.addAll(d.getPartnerIds()));
        return partners.refs(ids);
    }

    // ---- one delegation

    @Transactional(readOnly = true)
    DelegationData read(Long id) {
        Delegation d = get(id);
        return DelegationData.of(d, d.getPartnerRefs(), true);
    }

    @Transactional(readOnly = true)
    DelegationView view(Long id) {
        Delegation d = get(id);
        Map<Long, PartnerRef> refs = d.getPartnerRefs();
        return new DelegationView(
                DelegationData.of(d, refs, true),
                d.getPartnerIds().stream()
                        .map(refs::get)
                        .filter(Objects::nonNull)
                        .toList(),
                d.getMembers().stream().map(Member::personId).toList(),
                d.getReport() == null ? null : d.getReport().fileName());
    }

    @Transactional(readOnly = true)
    StoredDocument report(Long id) {
        Delegation d = get(id);
        if (d.getReport() == null) {
            throw new NotFoundException("Report of delegation " + id);
        }
        return d.getReport();
    }

    private Delegation get(Long id) {
        Delegation d = repository.findById(id).orElseThrow(() -> new NotFoundException("Delegation " + id));
        access.checkRead(d.getUnitCode());
        d.rememberPartnerRefs(partners.refs(d.getPartnerIds()));
        rememberAgreements(List.of(d));
        return d;
    }

    /** Remembers on each delegation the ref of the agreement it carries out, in one query. */
    private void rememberAgreements(Collection<Delegation> delegations) {
        Set<Long> ids = new HashSet<>();
        delegations.stream()
                .map(Delegation::getAgreementId)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        Map<Long, AgreementRef> refs = agreements.refs(ids);
        delegations.forEach(d -> d.linkAgreement(
                d.getAgreementId(),
                d.getAgreementId() == null || !refs.containsKey(d.getAgreementId())
                        ? null
                        : refs.get(d.getAgreementId()).ref()));
    }

    /** The agreement a delegation names (by ref or id), or empty when none is named. */
    private Optional<AgreementRef> agreementOf(DelegationData data, Runnable unknown) {
        if (data.agreement() == null || data.agreement().isBlank()) {
            return Optional.empty();
        }
        Optional<AgreementRef> agreement = agreements.resolve(data.agreement().trim());
        if (agreement.isEmpty()) {
            unknown.run();
        }
        return agreement;
    }

    /** The delegations that carry out an agreement, for the agreement's page. */
    @Transactional(readOnly = true)
    List<DelegationData> ofAgreement(Long agreementId) {
        List<Delegation> found = repository.findByAgreementIdOrderByStartDateDesc(agreementId).stream()
                .filter(d -> access.canRead(d.getUnitCode()))
                .toList();
        Map<Long, PartnerRef> refs = partnerRefs(found);
        return found.stream().map(d -> DelegationData.of(d, refs, true)).toList();
    }

    DelegationData create(DelegationData data) {
        checkWritable(data.unit());
        DelegationStatus status = data.status() == null ? DelegationStatus.PROPOSED : data.status();
        String approvedBy = checkStatusChange(null, status, data.unit().trim(), null);
        Delegation d = new Delegation();
        apply(d, data, approvedBy);
        repository.saveAndFlush(d);
        return DelegationData.of(d, d.getPartnerRefs(), true);
    }

    DelegationData update(Long id, DelegationData data) {
        Delegation d = get(id);
        access.checkWrite(d.getUnitCode());
        checkWritable(data.unit());
        StaleVersionException.check(d, data.version());
        DelegationStatus status = data.status() == null ? d.getStatus() : data.status();
        String approvedBy = checkStatusChange(d.getStatus(), status, data.unit().trim(), d.getApprovedBy());
        apply(d, withStatus(data, status), approvedBy);
        repository.flush();
        return DelegationData.of(d, d.getPartnerRefs(), true);
    }

    void delete(Long id) {
        Delegation d = get(id);
        access.checkWrite(d.getUnitCode());
        repository.delete(d);
        repository.flush();
    }

    private void checkWritable(String unit) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidInputException("unit", "validation.required");
        }
        if (!units.exists(unit.trim())) {
            throw new InvalidInputException("unit", "validation.unit.unknown");
        }
        access.checkWrite(unit.trim());
    }

    /**
     * Setting a delegation approved or rejected, or done without an approval, takes an approver of
     * its unit. Gives who approved: the current user when the status is decided now, else as before.
     */
    private String checkStatusChange(
            DelegationStatus before, DelegationStatus after, String unit, String approvedBefore) {
        if (after == before) {
            return approvedBefore;
        }
        boolean decides = after == DelegationStatus.APPROVED
                || after == DelegationStatus.REJECTED
                || (after == DelegationStatus.DONE && before != DelegationStatus.APPROVED);
        if (decides) {
            access.checkApprove(unit);
            return access.current().username();
        }
        return approvedBefore;
    }

    private static DelegationData withStatus(DelegationData d, DelegationStatus status) {
        return new DelegationData(
                d.id(),
                d.version(),
                d.ref(),
                d.unit(),
                d.direction(),
                d.title(),
                d.purpose(),
                d.headOfDelegation(),
                d.countries(),
                d.partners(),
                d.startDate(),
                d.endDate(),
                d.fundingSource(),
                d.members(),
                d.memberCount(),
                status,
                d.decisionNumber(),
                d.decisionDate(),
                d.approvedBy(),
                d.reportText(),
                d.agreement());
    }

    private void apply(Delegation d, DelegationData data, String approvedBy) {
        List<FieldProblem> problems = validate(data);
        List<Long> partnerIds = partners.resolveAll(
                data.partners(), i -> problems.add(new FieldProblem("partners[" + i + "]", "validation.ref.unknown")));
        if (data.ref() != null && !data.ref().isBlank()) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(d.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        Optional<AgreementRef> agreement =
                agreementOf(data, () -> problems.add(new FieldProblem("agreement", "validation.ref.unknown")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<MemberData> members = namedMembers(data);
        Map<String, Person> people = persons(members);
        d.rememberPartnerRefs(partners.refs(partnerIds));
        d.linkAgreement(
                agreement.map(AgreementRef::id).orElse(null),
                agreement.map(AgreementRef::ref).orElse(null));
        d.apply(data, partnerIds, toMembers(members, people), approvedBy);
    }

    /** The checks a delegation must pass beyond its field constraints (the pages do not run those). */
    List<FieldProblem> validate(DelegationData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.unit() == null || data.unit().isBlank()) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (data.direction() == null) {
            problems.add(new FieldProblem("direction", "validation.required"));
        }
        if (data.title() == null || data.title().isBlank()) {
            problems.add(new FieldProblem("title", "validation.required"));
        }
        if (data.startDate() == null) {
            problems.add(new FieldProblem("startDate", "validation.required"));
        }
        if (data.startDate() != null && data.endDate() != null && data.endDate().isBefore(data.startDate())) {
            problems.add(new FieldProblem("endDate", "validation.dates.order"));
        }
        if (data.countries() != null) {
            for (int i = 0; i < data.countries().size(); i++) {
                String c = data.countries().get(i);
                if (c != null && !c.isBlank() && !Countries.isValid(c.trim().toUpperCase(Locale.ROOT))) {
                    problems.add(new FieldProblem("countries[" + i + "]", "validation.country.unknown"));
                }
            }
        }
        if (data.members() != null) {
            for (int i = 0; i < data.members().size(); i++) {
                MemberData m = data.members().get(i);
                if (m != null && !m.isBlank() && (m.name() == null || m.name().isBlank())) {
                    problems.add(new FieldProblem("members[" + i + "].name", "validation.required"));
                }
            }
        }
        if (data.memberCount() != null && data.memberCount() < 0) {
            problems.add(new FieldProblem("memberCount", "validation.positive"));
        }
        return problems;
    }

    private static List<MemberData> namedMembers(DelegationData data) {
        return data.members() == null
                ? List.of()
                : data.members().stream()
                        .filter(m -> m != null && m.name() != null && !m.name().isBlank())
                        .toList();
    }

    /** The persons of these members, found by their key or made, in one query. */
    private Map<String, Person> persons(Collection<MemberData> members) {
        Map<String, MemberData> byKey = new LinkedHashMap<>();
        members.forEach(m -> byKey.putIfAbsent(Person.key(m.name(), m.organization()), m));
        Map<String, Person> found = new HashMap<>();
        if (byKey.isEmpty()) {
            return found;
        }
        persons.findByMatchKeyIn(byKey.keySet()).forEach(p -> found.put(p.getMatchKey(), p));
        byKey.forEach((key, m) -> {
            if (!found.containsKey(key)) {
                found.put(key, persons.save(new Person(m.name(), m.organization())));
            }
        });
        return found;
    }

    private static List<Member> toMembers(List<MemberData> members, Map<String, Person> people) {
        return members.stream()
                .map(m -> new Member(
                        m.name().trim(),
                        Text.blankToNull(m.position()),
                        Text.blankToNull(m.organization()),
                        people.get(Person.key(m.name(), m.organization())).getId()))
                .toList();
    }

    // ---- the workflow

    DelegationData approve(Long id, String decisionNumber, LocalDate decisionDate, Long version) {
        Delegation d = get(id);
        access.checkApprove(d.getUnitCode());
        checkVersion(d, version);
        checkStatus(d, DelegationStatus.PROPOSED);
        List<FieldProblem> problems = new ArrayList<>();
        if (decisionNumber == null || decisionNumber.isBlank()) {
            problems.add(new FieldProblem("decisionNumber", "validation.required"));
        }
        if (decisionDate == null) {
            problems.add(new FieldProblem("decisionDate", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        d.approve(decisionNumber, decisionDate, access.current().username());
        repository.flush();
        return DelegationData.of(d, d.getPartnerRefs(), true);
    }

    DelegationData reject(Long id, String decisionNumber, LocalDate decisionDate, Long version) {
        Delegation d = get(id);
        access.checkApprove(d.getUnitCode());
        checkVersion(d, version);
        checkStatus(d, DelegationStatus.PROPOSED);
        d.reject(decisionNumber, decisionDate, access.current().username());
        repository.flush();
        return DelegationData.of(d, d.getPartnerRefs(), true);
    }

    DelegationData done(Long id, String reportText, MultipartFile file, Long version) {
        Delegation d = get(id);
        access.checkWrite(d.getUnitCode());
        checkVersion(d, version);
        checkStatus(d, DelegationStatus.APPROVED);
        StoredDocument document = documents.store("delegation", file);
        d.done(reportText, document);
        repository.flush();
        return DelegationData.of(d, d.getPartnerRefs(), true);
    }

    DelegationData cancel(Long id, Long version) {
        Delegation d = get(id);
        access.checkWrite(d.getUnitCode());
        checkVersion(d, version);
        checkStatus(d, DelegationStatus.PROPOSED, DelegationStatus.APPROVED);
        d.cancel();
        repository.flush();
        return DelegationData.of(d, d.getPartnerRefs(), true);
    }

    /** Adds or replaces the report file of a delegation. */
    DelegationData attachReport(Long id, MultipartFile file) {
        Delegation d = get(id);
        access.checkWrite(d.getUnitCode());
        StoredDocument document = documents.store("delegation", file);
        if (document == null) {
            throw new InvalidInputException("file", "validation.required");
        }
        d.attachReport(document);
        repository.flush();
        return DelegationData.of(d, d.getPartnerRefs(), true);
    }

    /** The workflow's steps send the version they read when they have one; a stale one is 409. */
    private static void checkVersion(Delegation d, Long version) {
        if (version != null) {
            StaleVersionException.check(d, version);
        }
    }

    private static void checkStatus(Delegation d, DelegationStatus... allowed) {
        for (DelegationStatus s : allowed) {
            if (d.getStatus() == s) {
                return;
            }
        }
        throw new InvalidInputException("status", "delegation.transition.invalid");
    }

    /** Which workflow steps the current user may take on a delegation, for its page's buttons. */
    @Transactional(readOnly = true)
    Set<String> allowedSteps(DelegationData d) {
        Set<String> steps = new HashSet<>();
        boolean write = access.canWrite(d.unit());
        boolean approve = access.canApprove(d.unit());
        if (d.status() == DelegationStatus.PROPOSED && approve) {
            steps.add("approve");
            steps.add("reject");
        }
        if (d.status() == DelegationStatus.APPROVED && write) {
            steps.add("done");
        }
        if ((d.status() == DelegationStatus.PROPOSED || d.status() == DelegationStatus.APPROVED) && write) {
            steps.add("cancel");
        }
        if (write) {
            steps.add("edit");
        }
        return steps;
    }

    // ---- persons

    @Transactional(readOnly = true)
    Page<PersonRow> people(String q, String unit, Pageable pageable) {
        UnitScope scope = access.scope(unit, true);
        String pattern = Text.likePattern(q);
        return persons.withTrips(
                        scope.all(),
                        scope.codesForQuery(),
                        pattern == null ? "%" : pattern,
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .map(r -> new PersonRow((Long) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()));
    }

    @Transactional(readOnly = true)
    PersonView person(Long id) {
        Person person = persons.findById(id).orElseThrow(() -> new NotFoundException("Person " + id));
        UnitScope scope = access.readable();
        List<Delegation> trips = repository.findByPerson(id, scope.all(), scope.codesForQuery());
        if (trips.isEmpty()) {
            throw new NotFoundException("Person " + id);
        }
        Map<Long, PartnerRef> refs = partnerRefs(trips);
        Map<Integer, Long> perYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        trips.forEach(d -> perYear.merge(d.getStartDate().getYear(), 1L, Long::sum));
        return new PersonView(
                person.getId(),
                person.getName(),
                person.getOrganization(),
                trips.stream().map(d -> DelegationData.of(d, refs, true)).toList(),
                perYear);
    }

    // ---- the dataset section's work

    /**
     * Imports delegations by ref: historical records may come with any status from a user who may
     * write their unit. Nothing is written when any item has a problem.
     */
    void importAll(List<DelegationData> items, ImportContext context) {
        Set<String> refs = new HashSet<>();
        items.forEach(i -> {
            if (i.ref() != null) {
                refs.add(i.ref().trim());
            }
        });
        Map<String, Delegation> byRef = new HashMap<>();
        if (!refs.isEmpty()) {
            repository.findByRefIn(refs).forEach(d -> byRef.put(d.getRef(), d));
        }
        Map<Long, PartnerRef> oldRefs = partnerRefs(byRef.values());
        Map<String, DelegationData> before = new HashMap<>();
        byRef.values().forEach(d -> before.put(d.getRef(), DelegationData.of(d, oldRefs, false)));
        List<List<Long>> partnerIds = new ArrayList<>();
        List<Optional<AgreementRef>> agreementOfItem = new ArrayList<>();
        List<MemberData> allMembers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DelegationData item = items.get(i);
            final int index = i;
            if (item.ref() == null || item.ref().isBlank()) {
                context.problem(i, "ref", "validation.required");
            }
            validate(item).stream()
                    .filter(p -> !p.field().equals("unit"))
                    .forEach(p -> context.problem(index, p.field(), p.message()));
            context.checkUnit(
                    i, "unit", item.unit() == null ? null : item.unit().trim());
            Delegation existing =
                    item.ref() == null ? null : byRef.get(item.ref().trim());
            if (existing != null && !access.canWrite(existing.getUnitCode())) {
                context.problem(i, "ref", "validation.unit.forbidden");
            }
            partnerIds.add(partners.resolveAll(
                    item.partners(), j -> context.problem(index, "partners[" + j + "]", "validation.ref.unknown")));
            agreementOfItem.add(agreementOf(item, () -> context.problem(index, "agreement", "validation.ref.unknown")));
            allMembers.addAll(namedMembers(item));
        }
        if (context.hasProblems()) {
            return;
        }
        Map<String, Person> people = persons(allMembers);
        Set<Long> allPartnerIds = new HashSet<>();
        partnerIds.forEach(allPartnerIds::addAll);
        Map<Long, PartnerRef> newRefs = partners.refs(allPartnerIds);
        for (int i = 0; i < items.size(); i++) {
            DelegationData item = items.get(i);
            String ref = item.ref().trim();
            Delegation d = byRef.computeIfAbsent(ref, r -> new Delegation());
            d.rememberPartnerRefs(newRefs);
            Optional<AgreementRef> agreement = agreementOfItem.get(i);
            d.linkAgreement(
                    agreement.map(AgreementRef::id).orElse(null),
                    agreement.map(AgreementRef::ref).orElse(null));
            d.apply(item, partnerIds.get(i), toMembers(namedMembers(item), people), item.approvedBy());
            if (d.getId() == null) {
                repository.save(d);
                context.created();
            } else {
                DelegationData old = before.get(ref);
                if (old != null && !old.equals(DelegationData.of(d, newRefs, false))) {
                    context.updated();
                    before.put(ref, DelegationData.of(d, newRefs, false));
                }
            }
        }
    }

    @Transactional(readOnly = true)
    List<DelegationData> exportAll(UnitScope scope) {
        List<Delegation> all = repository.findAll(scope.<Delegation>specification(false), Sort.by("ref"));
        Map<Long, PartnerRef> refs = partnerRefs(all);
        return all.stream().map(d -> DelegationData.of(d, refs, false)).toList();
    }
}
