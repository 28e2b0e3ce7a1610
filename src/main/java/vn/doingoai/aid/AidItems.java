package vn.doingoai.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.common.Text;
import vn.doingoai.common.Workflow;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.Money;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Keeps aid items for this module's pages, API, dataset section and IATI export. */
@Service
@Transactional
class AidItems {

    private final AidRepository repository;
    private final Partners partners;
    private final Access access;
    private final Units units;
    private final Sectors sectors;
    private final CurrencyConverter converter;
    private final AidWorkflow workflow;

    AidItems(
            AidRepository repository,
            Partners partners,
            Access access,
            Units units,
            Sectors sectors,
            CurrencyConverter converter,
            AidWorkflow workflow) {
        this.workflow = workflow;
        this.repository = repository;
        this.partners = partners;
        this.access = access;
        this.units = units;
        this.sectors = sectors;
        this.converter = converter;
    }

    /** An item with its donor, for the pages and the IATI export. */
    record View(AidData data, PartnerRef donor) {

        public String donorName() {
            return donor == null ? "" : donor.displayName();
        }
    }

    /** A transaction with its value in USD and VND at the rate of its own date (null where no rate). */
    record Line(AidTransaction transaction, BigDecimal usd, BigDecimal vnd) {}

    /** An item's totals in USD and VND, each transaction converted at its own date. */
    record Totals(
            BigDecimal committedUsd,
            BigDecimal committedVnd,
            BigDecimal disbursedUsd,
            BigDecimal disbursedVnd,
            List<AidTransaction> withoutRate) {}

    @Transactional(readOnly = true)
    Page<AidData> list(AidFilter filter, Pageable pageable) {
        Page<AidItem> page = repository.findAll(specification(filter), pageable);
        Map<Long, PartnerRef> donors = donors(page.getContent());
        return page.map(a -> toData(a, donors, true));
    }

    @Transactional(readOnly = true)
    Page<View> listViews(AidFilter filter, Pageable pageable) {
        Page<AidItem> page = repository.findAll(specification(filter), pageable);
        Map<Long, PartnerRef> donors = donors(page.getContent());
        return page.map(a -> new View(toData(a, donors, true), donors.get(a.getDonorId())));
    }

    @Transactional(readOnly = true)
    List<View> listAll(AidFilter filter, Sort sort) {
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

    private Specification<AidItem> specification(AidFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<AidItem> spec = Specification.<AidItem>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()))
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
    AidData read(Long id) {
        AidItem item = get(id);
        return toData(item, donors(List.of(item)), true);
    }

    @Transactional(readOnly = true)
    View view(Long id) {
        AidItem item = get(id);
        Map<Long, PartnerRef> donors = donors(List.of(item));
        return new View(toData(item, donors, true), donors.get(item.getDonorId()));
    }

    @Transactional(readOnly = true)
    List<Line> lines(AidData data) {
        CurrencyConverter rates = converter.snapshot();
        List<Line> lines = new ArrayList<>();
        if (data.transactions() != null) {
            for (AidTransaction t : data.transactions()) {
                lines.add(new Line(
                        t,
                        rates.toUsd(t.value(), t.date()).orElse(null),
                        rates.toVnd(t.value(), t.date()).orElse(null)));
            }
        }
        return lines;
    }

    static Totals totals(List<Line> lines) {
        BigDecimal cu = BigDecimal.ZERO;
        BigDecimal cv = BigDecimal.ZERO;
        BigDecimal du = BigDecimal.ZERO;
        BigDecimal dv = BigDecimal.ZERO;
        List<AidTransaction> missing = new ArrayList<>();
        for (Line line : lines) {
            if (line.usd() == null || line.vnd() == null) {
                missing.add(line.transaction());
            }
            boolean commitment = line.transaction().type() == TransactionType.COMMITMENT;
            if (line.usd() != null) {
                if (commitment) {
                    cu = cu.add(line.usd());
                } else {
                    du = du.add(line.usd());
                }
            }
            if (line.vnd() != null) {
                if (commitment) {
                    cv = cv.add(line.vnd());
                } else {
                    dv = dv.add(line.vnd());
                }
            }
        }
        return new Totals(cu, cv, du, dv, missing);
    }

    private AidItem get(Long id) {
        AidItem item = repository.findById(id).orElseThrow(() -> new NotFoundException("Aid item " + id));
        access.checkRead(item.getUnitCode());
        PartnerRef donor = donors(List.of(item)).get(item.getDonorId());
        item.remember(donor == null ? null : donor.ref(), donor == null ? null : donor.displayName());
        return item;
    }

    AidData create(AidData data) {
        access.checkWrite(Text.isBlank(data.unit()) ? null : data.unit().trim());
        Workflow.Outcome<AidStatus> decided = workflow.check(null, data);
        AidItem item = new AidItem();
        apply(item, data);
        decided.applyTo(item);
        repository.saveAndFlush(item);
        return read(item.getId());
    }

    AidData update(Long id, AidData data) {
        AidItem item = get(id);
        access.checkWrite(item.getUnitCode());
        access.checkWrite(Text.isBlank(data.unit()) ? null : data.unit().trim());
        StaleVersionException.check(item, data.version());
        Workflow.Outcome<AidStatus> decided = workflow.check(item, data);
        apply(item, data);
        decided.applyTo(item);
        repository.flush();
        return read(id);
    }

    // ---- the workflow's steps (the rules are AidWorkflow's)

    AidData approve(Long id, String approvalNumber, LocalDate approvalDate, Long version) {
        return step(id, version, item -> workflow.approve(item, approvalNumber, approvalDate));
    }

    AidData reject(Long id, String approvalNumber, LocalDate approvalDate, Long version) {
        return step(id, version, item -> workflow.reject(item, approvalNumber, approvalDate));
    }

    /** A step of the workflow, with the version it read when it has one (409 when stale). */
    private AidData step(Long id, Long version, java.util.function.Consumer<AidItem> step) {
        AidItem item = get(id);
        StaleVersionException.checkIfSent(item, version);
        step.accept(item);
        repository.flush();
        return read(id);
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

    void delete(Long id) {
        AidItem item = get(id);
        access.checkWrite(item.getUnitCode());
        repository.delete(item);
    }

    boolean canWrite(String unit) {
        return unit == null ? access.canWriteAnything() : access.canWrite(unit);
    }

    private void apply(AidItem item, AidData data) {
        List<FieldProblem> problems = validate(data);
        Optional<PartnerRef> donor = Optional.empty();
        if (!Text.isBlank(data.donor())) {
            donor = partners.resolve(data.donor());
            if (donor.isEmpty()) {
                problems.add(new FieldProblem("donor", "validation.ref.unknown"));
            }
        }
        if (!Text.isBlank(data.ref())) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(item.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        write(item, data, donor);
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
        if (Text.isBlank(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
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
        return listAll(new AidFilter(unit, null, null, null, null, null, null, null), Sort.by("ref"));
    }

    static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
