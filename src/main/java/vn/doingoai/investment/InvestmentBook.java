package vn.doingoai.investment;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.money.Money;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Keeps FDI projects for this module's pages, API and dataset section. */
@Service
@Transactional
class InvestmentBook extends RecordBook<Investment, InvestmentData, InvestmentFilter> {

    private final InvestmentRepository repository;
    private final Partners partners;
    private final Access access;
    private final Units units;

    InvestmentBook(InvestmentRepository repository, Partners partners, Access access, Units units) {
        super(repository, access, Investment::new);
        this.repository = repository;
        this.partners = partners;
        this.access = access;
        this.units = units;
    }

    /** A project with its investor, for the pages. */
    record View(InvestmentData data, PartnerRef investor) {

        public String investorName() {
            return investor == null ? "" : investor.displayName();
        }
    }

    @Override
    protected List<InvestmentData> data(List<Investment> records) {
        Map<Long, PartnerRef> investors = investors(records);
        return records.stream().map(i -> toData(i, investors, true)).toList();
    }

    /** A page of the list with each project's investor. */
    @Transactional(readOnly = true)
    Page<View> views(InvestmentFilter filter, Pageable pageable) {
        Page<Investment> page = repository.findAll(specification(filter), pageable);
        Map<Long, PartnerRef> investors = investors(page.getContent());
        return page.map(i -> new View(toData(i, investors, true), investors.get(i.getInvestorId())));
    }

    /** The whole list with each project's investor, for the export. */
    @Transactional(readOnly = true)
    List<View> viewsAll(InvestmentFilter filter, Sort sort) {
        List<Investment> all = repository.findAll(specification(filter), sort);
        Map<Long, PartnerRef> investors = investors(all);
        return all.stream()
                .map(i -> new View(toData(i, investors, true), investors.get(i.getInvestorId())))
                .toList();
    }

    Map<Long, PartnerRef> investors(List<Investment> investments) {
        Set<Long> ids = new HashSet<>();
        investments.stream()
                .map(Investment::getInvestorId)
                .filter(Objects::nonNull)
                .forEach(ids::add);
        return partners.refs(ids);
    }

    static InvestmentData toData(Investment i, Map<Long, PartnerRef> investors, boolean withIdentity) {
        PartnerRef investor = investors.get(i.getInvestorId());
        return InvestmentData.of(i, investor == null ? null : investor.ref(), withIdentity);
    }

    @Override
    protected Specification<Investment> specification(InvestmentFilter filter) {
        Specification<Investment> spec = listed(filter.unit(), filter.q())
                .and(RecordSpecs.equal("country", Countries.code(filter.country())))
                .and(RecordSpecs.equal("status", filter.status()));
        if (filter.investor() != null && !filter.investor().isBlank()) {
            Long investorId =
                    partners.resolve(filter.investor()).map(PartnerRef::id).orElse(-1L);
            spec = spec.and(RecordSpecs.equal("investorId", investorId));
        }
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        if (filter.registeredOrAdjusted()) {
            spec = spec.and(
                    (root, q, cb) -> cb.or(registeredIn(root, cb, from, to), adjustedIn(root, q, cb, from, to)));
        } else if (filter.adjustedOnly()) {
            spec = spec.and((root, q, cb) -> adjustedIn(root, q, cb, from, to));
        } else {
            spec = spec.and((root, q, cb) -> registeredIn(root, cb, from, to));
        }
        if (filter.activeOn() != null) {
            LocalDate day = filter.activeOn();
            spec = spec.and((root, q, cb) -> cb.and(
                    cb.lessThanOrEqualTo(root.get("registeredOn"), day),
                    cb.or(cb.isNull(root.get("endedOn")), cb.greaterThan(root.get("endedOn"), day))));
        }
        return spec;
    }

    /** Registered from {@code from} to {@code to} (open ends allowed). */
    private static jakarta.persistence.criteria.Predicate registeredIn(
            Root<Investment> root, jakarta.persistence.criteria.CriteriaBuilder cb, LocalDate from, LocalDate to) {
        var conditions = new ArrayList<jakarta.persistence.criteria.Predicate>();
        if (from != null) {
            conditions.add(cb.greaterThanOrEqualTo(root.get("registeredOn"), from));
        }
        if (to != null) {
            conditions.add(cb.lessThanOrEqualTo(root.get("registeredOn"), to));
        }
        return cb.and(conditions.toArray(jakarta.persistence.criteria.Predicate[]::new));
    }

    /** Registered before {@code from}, with a capital change from {@code from} to {@code to}. */
    private static jakarta.persistence.criteria.Predicate adjustedIn(
            Root<Investment> root,
            jakarta.persistence.criteria.CriteriaQuery<?> q,
            jakarta.persistence.criteria.CriteriaBuilder cb,
            LocalDate from,
            LocalDate to) {
        Subquery<Long> sub = q.subquery(Long.class);
        Root<Investment> other = sub.from(Investment.class);
        Join<Investment, CapitalChange> change = other.join("adjustments");
        var conditions = new ArrayList<jakarta.persistence.criteria.Predicate>();
        conditions.add(cb.equal(other.get("id"), root.get("id")));
        if (from != null) {
            conditions.add(cb.greaterThanOrEqualTo(change.get("date"), from));
        }
        if (to != null) {
            conditions.add(cb.lessThanOrEqualTo(change.get("date"), to));
        }
        sub.select(other.get("id")).where(conditions.toArray(jakarta.persistence.criteria.Predicate[]::new));
        return from == null ? cb.exists(sub) : cb.and(cb.exists(sub), cb.lessThan(root.get("registeredOn"), from));
    }

    @Transactional(readOnly = true)
    View view(Long id) {
        Investment investment = get(id);
        Map<Long, PartnerRef> investors = investors(List.of(investment));
        return new View(toData(investment, investors, true), investors.get(investment.getInvestorId()));
    }

    @Override
    protected void remember(Investment investment) {
        PartnerRef investor = investors(List.of(investment)).get(investment.getInvestorId());
        investment.remember(investor == null ? null : investor.ref(), investor == null ? null : investor.displayName());
    }

    @Override
    protected void checkWritable(Investment investment, InvestmentData data) {
        access.checkWrite(Text.isBlank(data.unit()) ? null : data.unit().trim());
    }

    boolean canWrite(String unit) {
        return unit == null ? access.canWriteAnything() : access.canWrite(unit);
    }

    @Override
    protected void write(Investment investment, InvestmentData data) {
        List<FieldProblem> problems = validate(data);
        Optional<PartnerRef> investor = partners.resolve(data.investor(), "investor", problems);
        checkAll(investment, data, problems);
        write(investment, data, investor);
    }

    static void write(Investment investment, InvestmentData data, Optional<PartnerRef> investor) {
        String country = Text.isBlank(data.country())
                ? investor.map(PartnerRef::country).orElse(null)
                : Countries.code(data.country());
        investment.remember(
                investor.map(PartnerRef::ref).orElse(null),
                investor.map(PartnerRef::displayName).orElse(null));
        investment.apply(data, investor.map(PartnerRef::id).orElse(null), country);
    }

    /** The checks a project must pass beyond its field constraints. */
    List<FieldProblem> validate(InvestmentData data) {
        List<FieldProblem> problems = new ArrayList<>();
        units.check(data.unit(), problems);
        if (Text.isBlank(data.name())) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        if (!Text.isBlank(data.country()) && !Countries.isValid(data.country())) {
            problems.add(new FieldProblem("country", "validation.country.unknown"));
        }
        if (data.registeredOn() == null) {
            problems.add(new FieldProblem("registeredOn", "validation.required"));
        }
        if (data.capital() == null) {
            problems.add(new FieldProblem("capital", "validation.required"));
        } else {
            if (!Money.isCurrency(data.capital().currency())) {
                problems.add(new FieldProblem("capital.currency", "validation.currency.unknown"));
            }
            if (data.capital().isNegative()) {
                problems.add(new FieldProblem("capital.amount", "validation.positive"));
            }
        }
        if (data.status() == null) {
            problems.add(new FieldProblem("status", "validation.required"));
        } else if (data.status() == InvestmentStatus.TERMINATED && data.endedOn() == null) {
            problems.add(new FieldProblem("endedOn", "investment.endedOn.required"));
        }
        if (data.endedOn() != null
                && data.registeredOn() != null
                && data.endedOn().isBefore(data.registeredOn())) {
            problems.add(new FieldProblem("endedOn", "validation.dates.order"));
        }
        if (data.workers() != null && data.workers() < 0) {
            problems.add(new FieldProblem("workers", "validation.positive"));
        }
        if (data.adjustments() != null) {
            for (int i = 0; i < data.adjustments().size(); i++) {
                Adjustment a = data.adjustments().get(i);
                String prefix = "adjustments[" + i + "].";
                if (a == null || a.date() == null) {
                    problems.add(new FieldProblem(prefix + "date", "validation.required"));
                } else if (data.registeredOn() != null && a.date().isBefore(data.registeredOn())) {
                    problems.add(new FieldProblem(prefix + "date", "investment.adjustment.beforeRegistration"));
                }
                if (a == null || a.capitalChange() == null) {
                    problems.add(new FieldProblem(prefix + "capitalChange", "validation.required"));
                } else if (!Money.isCurrency(a.capitalChange().currency())) {
                    problems.add(new FieldProblem(prefix + "capitalChange.currency", "validation.currency.unknown"));
                }
            }
        }
        return problems;
    }

    // ---- what links to a partner

    @Transactional(readOnly = true)
    List<InvestmentData> ofInvestor(Long partnerId) {
        return repository.findByInvestorIdOrderByRegisteredOnDesc(partnerId).stream()
                .filter(i -> access.canRead(i.getUnitCode()))
                .map(i -> InvestmentData.of(i, null, true))
                .toList();
    }

    // ---- the dataset section's export (its import is InvestmentImport)

    @Transactional(readOnly = true)
    List<InvestmentData> exportAll(UnitScope scope) {
        List<Investment> all = repository.findAll(scope.<Investment>specification(false), Sort.by("ref"));
        Map<Long, PartnerRef> investors = investors(all);
        return all.stream().map(i -> toData(i, investors, false)).toList();
    }
}
