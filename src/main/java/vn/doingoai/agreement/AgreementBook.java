package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
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
 * The keeping of agreements for this module's pages, API and dataset export: the record with its
 * partners, the steps of its workflow (the rules are {@link AgreementWorkflow}'s) and its signed
 * document.
 */
@Service
@Transactional
class AgreementBook extends RecordBook<Agreement, AgreementData, AgreementFilter> {

    private final AgreementRepository agreements;
    private final Partners partners;
    private final Units units;
    private final AgreementWorkflow workflow;
    private final AgreementDocuments policyDocuments;
    private final AttachedFile<Agreement> document;

    AgreementBook(
            AgreementRepository agreements,
            Partners partners,
            Access access,
            Units units,
            AgreementWorkflow workflow,
            AgreementDocuments policyDocuments,
            DocumentStore documents) {
        super(agreements, access, Agreement::new);
        this.document = new AttachedFile<>(
                documents, "agreement", Agreement::getDocument, Agreement::setDocument, this::checkChange);
        this.policyDocuments = policyDocuments;
        this.agreements = agreements;
        this.partners = partners;
        this.units = units;
        this.workflow = workflow;
    }

    @Override
    protected Specification<Agreement> specification(AgreementFilter filter) {
        Specification<Agreement> spec = listed(filter.unit(), filter.q())
                .and(RecordSpecs.equal("level", filter.level()))
                .and(RecordSpecs.equal("status", filter.status()))
                .and(RecordSpecs.between("signedOn", filter.from(), filter.to()));
        if (filter.inForce() != null) {
            LocalDate day = filter.on() == null ? LocalDate.now() : filter.on();
            spec = spec.and(filter.inForce() ? Agreements.inForceOn(day) : Agreements.notInForceOn(day));
        }
        return spec;
    }

    @Override
    protected List<AgreementData> data(List<Agreement> records) {
        Map<Long, PartnerRef> refs = partnerRefs(records);
        return records.stream()
                .map(a -> AgreementData.of(a, refsOf(a, refs), AgreementData.Shape.IDENTITY))
                .toList();
    }

    @Override
    protected void remember(Agreement a) {
        Map<Long, PartnerRef> refs = partnerRefs(List.of(a));
        a.rememberPartners(refsOf(a, refs), names(a.getPartnerIds(), refs));
    }

    @Override
    protected void write(Agreement a, AgreementData data) {
        Workflow.Outcome<AgreementStatus> decided = workflow.check(a.getId() == null ? null : a, data);
        List<FieldProblem> problems = validate(data);
        List<Long> partnerIds = partners.resolveAll(data.partners(), "partners", problems);
        checkAll(a, data, problems);
        Map<Long, PartnerRef> refs = partners.refs(partnerIds);
        List<Long> distinct = partnerIds.stream().distinct().toList();
        policyDocuments.link(a, data);
        a.apply(data, distinct, refsOf(distinct, refs), names(distinct, refs));
        decided.applyTo(a);
    }

    /** The checks an agreement must pass beyond its field constraints. */
    List<FieldProblem> validate(AgreementData data) {
        List<FieldProblem> problems = new ArrayList<>();
        units.check(data.unit(), problems);
        if (data.level() == null) {
            problems.add(new FieldProblem("level", "validation.required"));
        }
        if (Text.isBlank(data.title())) {
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

    // ---- the workflow's steps (the rules are AgreementWorkflow's)

    AgreementData approve(Long id, AgreementDecision decision) {
        return step(
                id,
                decision.version(),
                a -> workflow.approve(a, decision.decisionNumber(), decision.decisionDate(), decision.signedOn()));
    }

    AgreementData terminate(Long id, Long version) {
        return step(id, version, workflow::terminate);
    }

    // ---- the signed document

    /** Attaches the signed document (replacing any earlier one), after the right to write the agreement. */
    AgreementData attach(Long id, MultipartFile upload) {
        return change(id, a -> document.attach(a, upload));
    }

    /** The signed document, after the access check of its agreement. */
    @Transactional(readOnly = true)
    StoredDocument document(Long id) {
        return document.of(get(id));
    }

    // ---- the partners of agreements

    /** The partners of one agreement, for its page. */
    @Transactional(readOnly = true)
    List<PartnerRef> partnersOf(Long id) {
        Agreement a = get(id);
        Map<Long, PartnerRef> refs = partnerRefs(List.of(a));
        return a.getPartnerIds().stream()
                .map(refs::get)
                .filter(Objects::nonNull)
                .toList();
    }

    /** The partners of these agreements, in one query. */
    Map<Long, PartnerRef> partnerRefs(Collection<Agreement> records) {
        policyDocuments.remember(records);
        Set<Long> ids = new HashSet<>();
        records.forEach(a -> ids.addAll(a.getPartnerIds()));
        return partners.refs(ids);
    }

    static List<String> refsOf(Agreement a, Map<Long, PartnerRef> refs) {
        return refsOf(a.getPartnerIds(), refs);
    }

    static List<String> refsOf(List<Long> ids, Map<Long, PartnerRef> refs) {
        return ids.stream()
                .map(refs::get)
                .filter(Objects::nonNull)
                .map(PartnerRef::ref)
                .toList();
    }

    static String names(List<Long> ids, Map<Long, PartnerRef> refs) {
        return ids.stream()
                .map(refs::get)
                .filter(Objects::nonNull)
                .map(r -> r.name() + " " + (r.nameVi() == null ? "" : r.nameVi()))
                .collect(Collectors.joining(" "));
    }

    // ---- the dataset section's export (its import is AgreementImport)

    @Transactional(readOnly = true)
    List<AgreementData> exportAll(UnitScope scope) {
        List<Agreement> all = agreements.findAll(scope.<Agreement>specification(false), Sort.by("ref"));
        Map<Long, PartnerRef> refs = partnerRefs(all);
        return all.stream()
                .map(a -> AgreementData.of(a, refsOf(a, refs), AgreementData.Shape.EXPORT))
                .toList();
    }
}
