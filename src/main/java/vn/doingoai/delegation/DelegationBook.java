package vn.doingoai.delegation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.agreement.AgreementRef;
import vn.doingoai.agreement.Agreements;
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Workflow;
import vn.doingoai.document.AttachedFile;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The keeping of delegations for this module's pages, API and dataset export, and the steps of
 * their approval workflow (the rules are {@link DelegationWorkflow}'s; the persons they name are
 * {@link Persons}'; their import is {@link DelegationImport}).
 */
@Service
@Transactional
class DelegationBook extends RecordBook<Delegation, DelegationData, DelegationFilter> {

    private final DelegationRepository repository;
    private final DelegationRefs refs;
    private final DelegationWorkflow workflow;
    private final Persons persons;
    private final Agreements agreements;
    private final Partners partners;
    private final Access access;
    private final Units units;
    private final AttachedFile<Delegation> report;
    private final EntityManager em;

    DelegationBook(
            DelegationRepository repository,
            DelegationRefs refs,
            DelegationWorkflow workflow,
            Persons persons,
            Partners partners,
            Access access,
            Units units,
            DocumentStore documents,
            EntityManager em,
            Agreements agreements) {
        super(repository, access, Delegation::new);
        this.repository = repository;
        this.refs = refs;
        this.workflow = workflow;
        this.persons = persons;
        this.agreements = agreements;
        this.partners = partners;
        this.access = access;
        this.units = units;
        this.report = new AttachedFile<>(
                documents, "delegation", Delegation::getReport, Delegation::attachReport, this::checkChange);
        this.em = em;
    }

    // ---- lists

    @Override
    protected List<DelegationData> data(List<Delegation> records) {
        return refs.data(records, true);
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
        return DelegationCounts.of(em, specification(filter));
    }

    @Override
    protected Specification<Delegation> specification(DelegationFilter filter) {
        Specification<Delegation> spec = listed(filter.unit(), filter.q())
                .and(RecordSpecs.equal("direction", filter.direction()))
                .and(RecordSpecs.equal("status", filter.status()));
        if (filter.country() != null && !filter.country().isBlank()) {
            String country = Countries.code(filter.country());
            spec = spec.and((root, q, cb) -> cb.isMember(country, root.<Collection<String>>get("countries")));
        }
        spec = spec.and(RecordSpecs.between("startDate", filter.from(), filter.to()));
        if (Boolean.TRUE.equals(filter.counted())) {
            spec = spec.and((root, q, cb) -> root.get("status").in(DelegationStatus.COUNTED));
        }
        return spec;
    }

    // ---- one delegation

    /** A delegation read or written carries its partners' refs already. */
    @Override
    protected DelegationData one(Delegation d) {
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
        return report.of(get(id));
    }

    @Override
    protected void remember(Delegation d) {
        refs.remembered(d);
    }

    /** The agreement a delegation names (by ref or id), or empty when none is named. */
    Optional<AgreementRef> agreementOf(DelegationData data, Runnable unknown) {
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
        return refs.data(
                repository.findByAgreementIdOrderByStartDateDesc(agreementId).stream()
                        .filter(d -> access.canRead(d.getUnitCode()))
                        .toList(),
                true);
    }

    /** The unit named must exist (400) and be the user's to write (403). */
    @Override
    protected void checkWritable(Delegation d, DelegationData data) {
        List<FieldProblem> problems = new ArrayList<>();
        units.check(data.unit(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        access.checkWrite(data.unit().trim());
    }

    @Override
    protected void write(Delegation d, DelegationData data) {
        Workflow.Outcome<DelegationStatus> decided = workflow.check(d.getId() == null ? null : d, data);
        List<FieldProblem> problems = validate(data);
        List<Long> partnerIds = partners.resolveAll(data.partners(), "partners", problems);
        Optional<AgreementRef> agreement =
                agreementOf(data, () -> problems.add(new FieldProblem("agreement", "validation.ref.unknown")));
        checkAll(d, data, problems);
        List<MemberData> members = Persons.named(data);
        d.rememberPartnerRefs(partners.refs(partnerIds));
        refs.linkDocument(d, data);
        d.linkAgreement(
                agreement.map(AgreementRef::id).orElse(null),
                agreement.map(AgreementRef::ref).orElse(null));
        d.apply(data, partnerIds, Persons.members(members, persons.of(members)));
        decided.applyTo(d);
    }

    /** The checks a delegation must pass beyond its field constraints (the pages do not run those). */
    List<FieldProblem> validate(DelegationData data) {
        List<FieldProblem> problems = new ArrayList<>();
        units.check(data.unit(), problems);
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
                if (c != null && !c.isBlank() && !Countries.isValid(c)) {
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
        if (!refs.knownDocument(data)) {
            problems.add(new FieldProblem("document", "validation.ref.unknown"));
        }
        return problems;
    }

    // ---- the workflow's steps (the rules are DelegationWorkflow's)

    DelegationData approve(Long id, DelegationDecision decision) {
        return step(
                id, decision.version(), d -> workflow.approve(d, decision.decisionNumber(), decision.decisionDate()));
    }

    DelegationData reject(Long id, DelegationDecision decision) {
        return step(
                id, decision.version(), d -> workflow.reject(d, decision.decisionNumber(), decision.decisionDate()));
    }

    DelegationData done(Long id, String reportText, MultipartFile file, Long version) {
        return step(id, version, d -> workflow.done(d, reportText, file));
    }

    DelegationData cancel(Long id, Long version) {
        return step(id, version, workflow::cancel);
    }

    /** Adds or replaces the report file of a delegation. */
    DelegationData attachReport(Long id, MultipartFile file) {
        return change(id, d -> report.attach(d, file));
    }

    // ---- the dataset section's export (its import is DelegationImport)

    @Transactional(readOnly = true)
    List<DelegationData> exportAll(UnitScope scope) {
        return refs.data(repository.findAll(scope.<Delegation>specification(false), Sort.by("ref")), false);
    }
}
