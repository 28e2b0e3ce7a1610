package vn.doingoai.partner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The keeping of partners for this module's pages, API and dataset section. Partners of no unit
 * are shared by everyone; a partner recorded for a unit is seen within that unit's scope. A
 * partner is changed only by someone who may write its own unit's records and the records of every
 * unit that names it ({@link #coversItsUsers}).
 */
@Service
@Transactional
class PartnerBook extends RecordBook<Partner, PartnerData, PartnerFilter> {

    private final PartnerRepository partners;
    private final Partners lookups;
    private final Access access;
    private final Units units;
    private final ObjectProvider<PartnerLinks> links;

    /** The links are asked lazily: the modules that implement them use this module. */
    PartnerBook(
            PartnerRepository partners,
            Partners lookups,
            Access access,
            Units units,
            ObjectProvider<PartnerLinks> links) {
        super(partners, access, Partner::new);
        this.partners = partners;
        this.lookups = lookups;
        this.access = access;
        this.units = units;
        this.links = links;
    }

    @Override
    protected Specification<Partner> specification(PartnerFilter filter) {
        return rights.<Partner>listed(filter.unit(), filter.q(), true)
                .and(RecordSpecs.equal("kind", filter.kind()))
                .and(RecordSpecs.equal("country", Countries.code(filter.country())));
    }

    @Override
    protected List<PartnerData> data(List<Partner> records) {
        Map<Long, String> parentRefs = parentRefs(records);
        return records.stream()
                .map(p -> PartnerData.of(p, parentRefs.get(p.getParentId()), true))
                .toList();
    }

    /** The refs of the parents of these partners, in one query. */
    Map<Long, String> parentRefs(List<Partner> records) {
        Set<Long> ids = new HashSet<>();
        records.stream().map(Partner::getParentId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, String> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            partners.refsOf(ids).forEach(row -> refs.put((Long) row[0], (String) row[1]));
        }
        return refs;
    }

    @Override
    protected void remember(Partner partner) {
        partner.rememberParentRef(parentRefOf(partner));
    }

    /** Shared partners (no unit) may be written by anyone who may write at all. */
    @Override
    protected void checkWritable(Partner partner, PartnerData data) {
        Partners.forgetResolved();
        checkWritable(data.unit());
    }

    @Override
    protected void checkChange(Partner partner) {
        Partners.forgetResolved();
        checkWritable(partner.getUnitCode());
        if (!coversItsUsers(partner)) {
            throw new AccessDeniedException(
                    "Partner " + partner.getId() + " is used by records of units outside your rights");
        }
    }

    @Override
    protected void checkDelete(Partner partner) {
        if (!partners.findByParentId(partner.getId()).isEmpty()) {
            throw new InvalidInputException("parent", "partner.delete.hasChildren");
        }
    }

    /** Whether the current user may change or delete this partner (for showing the buttons). */
    @Transactional(readOnly = true)
    boolean mayEdit(Long id) {
        Partner partner = get(id);
        return mayWrite(partner.getUnitCode()) && coversItsUsers(partner);
    }

    /**
     * Whether the current user may write the records of every unit that names the partner: one
     * unit's user may not rename the partner of another unit's agreements, delegations, events,
     * investments or aid. Admins may change every partner.
     */
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
        return Text.isBlank(unitCode) ? access.canWriteAnything() : access.canWrite(unitCode);
    }

    private void checkWritable(String unitCode) {
        if (!mayWrite(unitCode)) {
            throw new AccessDeniedException(Text.isBlank(unitCode) ? "Read only" : "Not your unit " + unitCode);
        }
    }

    @Override
    protected void write(Partner partner, PartnerData data) {
        List<FieldProblem> problems = validate(data);
        Long parentId = null;
        String parentRef = null;
        if (!Text.isBlank(data.parent())) {
            Optional<Partner> parent = lookups.find(data.parent());
            if (parent.isEmpty()
                    || (partner.getId() != null && parent.get().getId().equals(partner.getId()))) {
                problems.add(new FieldProblem("parent", "validation.ref.unknown"));
            } else {
                parentId = parent.get().getId();
                parentRef = parent.get().getRef();
            }
        }
        checkAll(partner, data, problems);
        partner.apply(data, parentId, parentRef);
    }

    /** The checks a partner must pass beyond its field constraints. */
    List<FieldProblem> validate(PartnerData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        if (Text.isBlank(data.name())) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        if (!Text.isBlank(data.country()) && !Countries.isValid(data.country())) {
            problems.add(new FieldProblem("country", "validation.country.unknown"));
        }
        if (!Text.isBlank(data.unit()) && !units.exists(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        return problems;
    }

    String parentRefOf(Partner partner) {
        return partner.getParentId() == null
                ? null
                : partners.findById(partner.getParentId()).map(Partner::getRef).orElse(null);
    }

    @Transactional(readOnly = true)
    List<PartnerRef> children(Long id) {
        return partners.findByParentId(id).stream().map(Partners::toRef).toList();
    }

    // ---- the dataset section's export (its import is PartnerImport)

    @Transactional(readOnly = true)
    List<PartnerData> exportAll(UnitScope scope) {
        List<Partner> all = partners.findAll(scope.<Partner>specification(true), Sort.by("ref"));
        Map<Long, String> refById = new HashMap<>();
        all.forEach(p -> refById.put(p.getId(), p.getRef()));
        return all.stream()
                .map(p -> PartnerData.of(
                        p,
                        p.getParentId() == null
                                ? null
                                : refById.computeIfAbsent(p.getParentId(), id -> partners.findById(id)
                                        .map(Partner::getRef)
                                        .orElse(null)),
                        false))
                .toList();
    }
}
