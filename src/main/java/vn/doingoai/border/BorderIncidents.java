package vn.doingoai.border;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Border incidents: their keeping for this module's pages, API, dataset section and figures. */
@Service
@Transactional
public class BorderIncidents {

    private final BorderIncidentRepository repository;
    private final BorderGateRepository gateRepository;
    private final BorderGates gates;
    private final BorderUnits borderUnits;
    private final Access access;
    private final Units units;

    BorderIncidents(
            BorderIncidentRepository repository,
            BorderGateRepository gateRepository,
            BorderGates gates,
            BorderUnits borderUnits,
            Access access,
            Units units) {
        this.repository = repository;
        this.gateRepository = gateRepository;
        this.gates = gates;
        this.borderUnits = borderUnits;
        this.access = access;
        this.units = units;
    }

    /** An incident with its gate's name, as lists and pages show it. */
    record View(BorderIncidentData data, Long gateId, String gateName) {}

    /** The gates of these incidents, by id, in one query. */
    Map<Long, BorderGate> gatesOf(Collection<BorderIncident> incidents) {
        Set<Long> ids = incidents.stream()
                .map(BorderIncident::getGateId)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, BorderGate> found = new HashMap<>();
        if (!ids.isEmpty()) {
            gateRepository.findAllById(ids).forEach(g -> found.put(g.getId(), g));
        }
        return found;
    }

    static BorderIncidentData data(BorderIncident i, Map<Long, BorderGate> gates, boolean withIdentity) {
        BorderGate gate = i.getGateId() == null ? null : gates.get(i.getGateId());
        return BorderIncidentData.of(i, gate == null ? null : gate.getRef(), withIdentity);
    }

    private static View view(BorderIncident i, Map<Long, BorderGate> gates) {
        BorderGate gate = i.getGateId() == null ? null : gates.get(i.getGateId());
        return new View(data(i, gates, true), i.getGateId(), gate == null ? null : gate.getName());
    }

    @Transactional(readOnly = true)
    Page<View> list(BorderIncidentFilter filter, Pageable pageable) {
        Page<BorderIncident> page = repository.findAll(specification(filter), pageable);
        Map<Long, BorderGate> found = gatesOf(page.getContent());
        return page.map(i -> view(i, found));
    }

    @Transactional(readOnly = true)
    List<View> listAll(BorderIncidentFilter filter, Sort sort) {
        List<BorderIncident> all = repository.findAll(specification(filter), sort);
        Map<Long, BorderGate> found = gatesOf(all);
        return all.stream().map(i -> view(i, found)).toList();
    }

    private Specification<BorderIncident> specification(BorderIncidentFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<BorderIncident> spec =
                Specification.<BorderIncident>where(scope.specification(false)).and(RecordSpecs.matching(filter.q()));
        if (!Text.isBlank(filter.gate())) {
            Long gateId = gates.find(filter.gate()).map(BorderGate::getId).orElse(-1L);
            spec = spec.and(RecordSpecs.equal("gateId", gateId));
        }
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("date"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("date"), filter.to()));
        }
        if (filter.resolvedBy() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("resolvedOn"), filter.resolvedBy()));
        }
        if (Boolean.TRUE.equals(filter.open())) {
            spec = spec.and((root, q, cb) -> cb.isNull(root.get("resolvedOn")));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    View read(Long id) {
        BorderIncident i = get(id);
        return view(i, gatesOf(List.of(i)));
    }

    private BorderIncident get(Long id) {
        BorderIncident i = repository.findById(id).orElseThrow(() -> new NotFoundException("Border incident " + id));
        access.checkRead(i.getUnitCode());
        BorderGate gate = gatesOf(List.of(i)).get(i.getGateId());
        i.remember(gate == null ? null : gate.getRef(), gate == null ? null : gate.getName());
        return i;
    }

    BorderIncidentData create(BorderIncidentData data) {
        checkWrite(data.unit());
        BorderIncident i = new BorderIncident();
        apply(i, data);
        repository.saveAndFlush(i);
        return read(i.getId()).data();
    }

    BorderIncidentData update(Long id, BorderIncidentData data) {
        BorderIncident i = get(id);
        access.checkWrite(i.getUnitCode());
        checkWrite(data.unit());
        StaleVersionException.check(i, data.version());
        apply(i, data);
        repository.flush();
        return read(id).data();
    }

    void delete(Long id) {
        BorderIncident i = get(id);
        access.checkWrite(i.getUnitCode());
        repository.delete(i);
    }

    private void checkWrite(String unitCode) {
        if (!Text.isBlank(unitCode) && units.exists(unitCode.trim())) {
            access.checkWrite(unitCode.trim());
        } else if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
    }

    private void apply(BorderIncident i, BorderIncidentData data) {
        List<FieldProblem> problems = validate(data);
        borderUnits.check(data.unit()).ifPresent(problems::add);
        Optional<BorderGate> gate = resolveGate(data, problems::add);
        if (!Text.isBlank(data.ref())) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(i.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        i.remember(
                gate.map(BorderGate::getRef).orElse(null),
                gate.map(BorderGate::getName).orElse(null));
        i.apply(data, gate.map(BorderGate::getId).orElse(null));
    }

    /**
     * The gate an incident names: it must exist and belong to the incident's province (or to a
     * province merged into it); problems at {@code gate} otherwise.
     */
    Optional<BorderGate> resolveGate(BorderIncidentData data, java.util.function.Consumer<FieldProblem> problem) {
        if (Text.isBlank(data.gate())) {
            return Optional.empty();
        }
        Optional<BorderGate> gate = gates.find(data.gate());
        if (gate.isEmpty()) {
            problem.accept(new FieldProblem("gate", "validation.ref.unknown"));
        } else if (!Text.isBlank(data.unit())
                && units.exists(data.unit().trim())
                && !borderUnits
                        .provinceScope(data.unit().trim())
                        .contains(gate.get().getUnitCode())) {
            problem.accept(new FieldProblem("gate", "border.incident.gate.otherUnit"));
            return Optional.empty();
        }
        return gate;
    }

    /** The checks an incident must pass beyond its field constraints (its unit's border is {@link BorderUnits}'). */
    List<FieldProblem> validate(BorderIncidentData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (Text.isBlank(data.summary())) {
            problems.add(new FieldProblem("summary", "validation.required"));
        }
        if (data.date() == null) {
            problems.add(new FieldProblem("date", "validation.required"));
        } else if (data.resolvedOn() != null && data.resolvedOn().isBefore(data.date())) {
            problems.add(new FieldProblem("resolvedOn", "border.incident.resolvedBefore"));
        }
        return problems;
    }

    // ---- the dataset section's export (its import is BorderImports)

    @Transactional(readOnly = true)
    List<BorderIncidentData> exportAll(UnitScope scope) {
        List<BorderIncident> all = repository.findAll(scope.<BorderIncident>specification(false), Sort.by("ref"));
        Map<Long, BorderGate> found = gatesOf(all);
        return all.stream().map(i -> data(i, found, false)).toList();
    }
}
