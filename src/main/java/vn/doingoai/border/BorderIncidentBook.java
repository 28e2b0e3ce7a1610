package vn.doingoai.border;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** The keeping of border incidents for their pages, API and dataset section. */
@Service
@Transactional
class BorderIncidentBook
        extends BorderBook<BorderIncident, BorderIncidentData, BorderIncidentFilter, Optional<BorderGate>> {

    private final BorderGateRepository gateRepository;
    private final BorderGates gates;

    BorderIncidentBook(
            BorderIncidentRepository repository,
            BorderGateRepository gateRepository,
            BorderGates gates,
            BorderUnits borderUnits,
            Access access,
            Units units) {
        super(repository, borderUnits, access, units, BorderIncident::new);
        this.gateRepository = gateRepository;
        this.gates = gates;
    }

    /** An incident with its gate, as its page shows it. */
    record View(BorderIncidentData data, Long gateId, String gateName) {}

    @Override
    protected Specification<BorderIncident> specification(BorderIncidentFilter filter) {
        Specification<BorderIncident> spec = listed(filter.unit(), filter.q());
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

    /** The gates of these incidents, by id, in one query. */
    private Map<Long, BorderGate> gatesOf(Collection<BorderIncident> incidents) {
        Set<Long> ids = incidents.stream()
                .map(BorderIncident::getGateId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, BorderGate> found = new HashMap<>();
        if (!ids.isEmpty()) {
            gateRepository.findAllById(ids).forEach(g -> found.put(g.getId(), g));
        }
        return found;
    }

    private static BorderIncidentData data(BorderIncident i, Map<Long, BorderGate> gates, boolean withIdentity) {
        BorderGate gate = i.getGateId() == null ? null : gates.get(i.getGateId());
        return BorderIncidentData.of(i, gate == null ? null : gate.getRef(), withIdentity);
    }

    @Override
    protected List<BorderIncidentData> data(List<BorderIncident> records) {
        Map<Long, BorderGate> found = gatesOf(records);
        return records.stream().map(i -> data(i, found, true)).toList();
    }

    @Transactional(readOnly = true)
    View view(Long id) {
        BorderIncident i = get(id);
        Map<Long, BorderGate> found = gatesOf(List.of(i));
        BorderGate gate = found.get(i.getGateId());
        return new View(data(i, found, true), i.getGateId(), gate == null ? null : gate.getName());
    }

    @Override
    protected void remember(BorderIncident i) {
        BorderGate gate = gatesOf(List.of(i)).get(i.getGateId());
        i.remember(gate == null ? null : gate.getRef(), gate == null ? null : gate.getName());
    }

    /**
     * The gate an incident names: it must exist and belong to the incident's province (or to a
     * province merged into it); problems at {@code gate} otherwise.
     */
    @Override
    Optional<BorderGate> resolve(BorderIncidentData data, Consumer<FieldProblem> problem) {
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

    @Override
    void apply(BorderIncident i, BorderIncidentData data, Optional<BorderGate> gate) {
        i.remember(
                gate.map(BorderGate::getRef).orElse(null),
                gate.map(BorderGate::getName).orElse(null));
        i.apply(data, gate.map(BorderGate::getId).orElse(null));
    }

    @Override
    Function<BorderIncident, BorderIncidentData> documents(Collection<BorderIncident> records) {
        Map<Long, BorderGate> found = gatesOf(records);
        return i -> data(i, found, false);
    }

    @Override
    BorderIncidentData document(BorderIncident i, Optional<BorderGate> gate) {
        return BorderIncidentData.of(i, gate.map(BorderGate::getRef).orElse(null), false);
    }

    /** An incident's summary and date are required, its resolution not before it (its unit is {@link BorderBook}'s). */
    @Override
    List<FieldProblem> validate(BorderIncidentData data) {
        List<FieldProblem> problems = new ArrayList<>();
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
}
