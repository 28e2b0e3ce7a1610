package vn.doingoai.aid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.common.Workflow;
import vn.doingoai.money.Money;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Keeps aid items for this module's pages, API, dataset section and IATI export, with the steps of their approval. */
@Service
@Transactional
class AidBook extends RecordBook<AidItem, AidData, AidFilter> {

    private final AidRepository repository;
    private final Partners partners;
    private final Access access;
    private final Units units;
    private final Sectors sectors;
    private final AidWorkflow workflow;

    AidBook(
            AidRepository repository,
            Partners partners,
            Access access,
            Units units,
            Sectors sectors,
            AidWorkflow workflow) {
        super(repository, access, AidItem::new);
        this.repository = repository;
        this.partners = partners;
        this.access = access;
        this.units = units;
        this.sectors = sectors;
        this.workflow = workflow;
    }

    /** An item with its donor, for the pages and the IATI export. */
    record View(AidData data, PartnerRef donor) {

        public String donorName() {
            return donor == null ? "" : donor.displayName();
        }
    }

    @Override
    protected List<AidData> data(List<AidItem> records) {
        Map<Long, PartnerRef> donors = donors(records);
        return records.stream().map(a -> toData(a, donors, true)).toList();
    }

    /** A page of the list with each item's donor. */
    @Transactional(readOnly = true)
    Page<View> views(AidFilter filter, Pageable pageable) {
        Page<AidItem> page = repository.findAll(specification(filter), pageable);
        Map<Long, PartnerRef> donors = donors(page.getContent());
        return page.map(a -> new View(toData(a, donors, true), donors.get(a.getDonorId())));
    }

    /** The whole list with each item's donor, for the export. */
    @Transactional(readOnly = true)
    List<View> viewsAll(AidFilter filter, Sort sort) {
        List<AidItem> all = repository.findAll(specification(filter), sort);
        Map<Long, PartnerRef> donors = donors(all);
        return all.stream()
                .map(a -> new View(toData(a, donors, true), donors.get(a.getDonorId())))
                .toList();
    }

    Map<Long, PartnerRef> donors(List<AidItem> items) {
        Set<Long> ids = new HashSet<>();
        items.stream().map(AidItem::getDonorId).filter(Objects::nonNull).forEach(ids::add);
        return partners.refs(ids);
    }

    static AidData toData(AidItem a, Map<Long, PartnerRef> donors, boolean withIdentity) {
        PartnerRef donor = donors.get(a.getDonorId());
        return AidData.of(a, donor == null ? null : donor.ref(), withIdentity);
    }

    @Override
    protected Specification<AidItem> specification(AidFilter filter) {
        Specification<AidItem> spec = listed(filter.unit(), filter.q())
                .and(RecordSpecs.equal("kind", filter.kind()))
                .and(RecordSpecs.equal(
                        "sector",
                        filter.sector() == null ? null : filter.sector().trim()));
        if (filter.donor() != null && !filter.donor().isBlank()) {
            Long donorId = partners.resolve(filter.donor()).map(PartnerRef::id).orElse(-1L);
            spec = spec.and(RecordSpecs.equal("donorId", donorId));
        }
        if (filter.newOnly()) {
            spec = spec.and((root, q, cb) -> cb.isNotNull(root.get("firstCommitment")));
            if (filter.from() != null) {
                spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("firstCommitment"), filter.from()));
            }
            if (filter.to() != null) {
                spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("firstCommitment"), filter.to()));
            }
            return spec;
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("startDate"), filter.to()));
        }
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) ->
                    cb.or(cb.isNull(root.get("endDate")), cb.greaterThanOrEqualTo(root.get("endDate"), filter.from())));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    View view(Long id) {
        AidItem item = get(id);
        Map<Long, PartnerRef> donors = donors(List.of(item));
        return new View(toData(item, donors, true), donors.get(item.getDonorId()));
    }

    @Override
    protected void remember(AidItem item) {
        PartnerRef donor = donors(List.of(item)).get(item.getDonorId());
        item.remember(donor == null ? null : donor.ref(), donor == null ? null : donor.displayName());
    }

    @Override
    protected void checkWritable(AidItem item, AidData data) {
        access.checkWrite(Text.isBlank(data.unit()) ? null : data.unit().trim());
    }

    // ---- the workflow's steps (the rules are AidWorkflow's)

    AidData approve(Long id, AidDecision decision) {
        return step(
                id,
                decision.version(),
                item -> workflow.approve(item, decision.approvalNumber(), decision.approvalDate()));
    }

    AidData reject(Long id, AidDecision decision) {
        return step(
                id,
                decision.version(),
                item -> workflow.reject(item, decision.approvalNumber(), decision.approvalDate()));
    }

    /** The items waiting for a decision, the first 100 by start date, for the dashboard. */
    @Transactional(readOnly = true)
    List<AidData> waiting(UnitScope scope) {
        Specification<AidItem> spec = Specification.<AidItem>where(scope.specification(false))
                .and(RecordSpecs.equal("status", AidStatus.PROPOSED));
        return repository
                .findAll(spec, org.springframework.data.domain.PageRequest.of(0, 100, Sort.by("startDate", "id")))
                .map(a -> AidData.of(a, null, true))
                .getContent();
    }

    boolean canWrite(String unit) {
        return unit == null ? access.canWriteAnything() : access.canWrite(unit);
    }

    @Override
    protected void write(AidItem item, AidData data) {
        Workflow.Outcome<AidStatus> decided = workflow.check(item.getId() == null ? null : item, data);
        List<FieldProblem> problems = validate(data);
        Optional<PartnerRef> donor = partners.resolve(data.donor(), "donor", problems);
        checkAll(item, data, problems);
        write(item, data, donor);
        decided.applyTo(item);
    }

    static void write(AidItem item, AidData data, Optional<PartnerRef> donor) {
        item.remember(
                donor.map(PartnerRef::ref).orElse(null),
                donor.map(PartnerRef::displayName).orElse(null));
        item.apply(data, donor.map(PartnerRef::id).orElse(null));
    }

    /** The checks an item must pass beyond its field constraints. */
    List<FieldProblem> validate(AidData data) {
        List<FieldProblem> problems = new ArrayList<>();
        units.check(data.unit(), problems);
        if (data.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        if (Text.isBlank(data.title())) {
            problems.add(new FieldProblem("title", "validation.required"));
        }
        if (!Text.isBlank(data.sector()) && !sectors.isValid(data.sector())) {
            problems.add(new FieldProblem("sector", "aid.sector.unknown"));
        }
        if (data.startDate() == null) {
            problems.add(new FieldProblem("startDate", "validation.required"));
        } else if (data.endDate() != null && data.endDate().isBefore(data.startDate())) {
            problems.add(new FieldProblem("endDate", "validation.dates.order"));
        }
        if (data.transactions() != null) {
            for (int i = 0; i < data.transactions().size(); i++) {
                AidTransaction t = data.transactions().get(i);
                String prefix = "transactions[" + i + "].";
                if (t == null) {
                    problems.add(new FieldProblem("transactions[" + i + "]", "validation.required"));
                    continue;
                }
                if (t.type() == null) {
                    problems.add(new FieldProblem(prefix + "type", "validation.required"));
                }
                if (t.date() == null) {
                    problems.add(new FieldProblem(prefix + "date", "validation.required"));
                }
                if (t.value() == null) {
                    problems.add(new FieldProblem(prefix + "value", "validation.required"));
                } else if (!Money.isCurrency(t.value().currency())) {
                    problems.add(new FieldProblem(prefix + "value.currency", "validation.currency.unknown"));
                } else if (t.value().isNegative()) {
                    problems.add(new FieldProblem(prefix + "value.amount", "validation.positive"));
                }
            }
        }
        return problems;
    }

    // ---- what links to a partner

    @Transactional(readOnly = true)
    List<AidData> ofDonor(Long partnerId) {
        return repository.findByDonorIdOrderByStartDateDesc(partnerId).stream()
                .filter(a -> access.canRead(a.getUnitCode()))
                .map(a -> AidData.of(a, null, true))
                .toList();
    }

    // ---- the dataset section's export (its import is AidImport)

    @Transactional(readOnly = true)
    List<AidData> exportAll(UnitScope scope) {
        List<AidItem> all = repository.findAll(scope.<AidItem>specification(false), Sort.by("ref"));
        Map<Long, PartnerRef> donors = donors(all);
        return all.stream().map(a -> toData(a, donors, false)).toList();
    }

    /** The items of a unit's scope with their donors, for the IATI export. */
    @Transactional(readOnly = true)
    List<View> forExport(String unit) {
        return viewsAll(new AidFilter(unit, null, null, null, null, null, null, null), Sort.by("ref"));
    }

    static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
