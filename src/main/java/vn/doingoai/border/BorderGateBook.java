package vn.doingoai.border;

import jakarta.persistence.criteria.Join;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** The keeping of border gates and their closures for their pages, API and dataset section. */
@Service
@Transactional
class BorderGateBook extends BorderBook<BorderGate, BorderGateData, BorderGateFilter, Void> {

    BorderGateBook(BorderGateRepository repository, BorderUnits borderUnits, Access access, Units units) {
        super(repository, borderUnits, access, units, BorderGate::new);
    }

    @Override
    protected Specification<BorderGate> specification(BorderGateFilter filter) {
        Specification<BorderGate> spec =
                listed(filter.unit(), filter.q()).and(RecordSpecs.equal("kind", filter.kind()));
        if (!Text.isBlank(filter.country())) {
            spec = spec.and(RecordSpecs.equal("country", Countries.code(filter.country())));
        }
        if (filter.openOn() != null) {
            LocalDate day = filter.openOn();
            spec = spec.and((root, q, cb) -> {
                var sub = q.subquery(Long.class);
                var g = sub.from(BorderGate.class);
                Join<BorderGate, BorderClosure> c = g.join("closures");
                sub.select(g.get("id"))
                        .where(
                                cb.lessThanOrEqualTo(c.get("from"), day),
                                cb.or(cb.isNull(c.get("to")), cb.greaterThanOrEqualTo(c.get("to"), day)));
                return cb.not(root.get("id").in(sub));
            });
        }
        return spec;
    }

    @Override
    protected List<BorderGateData> data(List<BorderGate> records) {
        return records.stream().map(g -> BorderGateData.of(g, true)).toList();
    }

    /** A gate names no other record. */
    @Override
    Void resolve(BorderGateData data, Consumer<FieldProblem> problem) {
        return null;
    }

    @Override
    void apply(BorderGate g, BorderGateData data, Void nothing) {
        g.apply(data);
    }

    @Override
    Function<BorderGate, BorderGateData> documents(Collection<BorderGate> records) {
        return g -> BorderGateData.of(g, false);
    }

    @Override
    BorderGateData document(BorderGate g, Void nothing) {
        return BorderGateData.of(g, false);
    }

    /**
     * A gate's name, kind and country are required, a closure's end not before its start (its unit
     * is {@link BorderBook}'s).
     */
    @Override
    List<FieldProblem> validate(BorderGateData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.name())) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        if (data.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        if (!Countries.isValid(data.country())) {
            problems.add(new FieldProblem("country", "validation.country.unknown"));
        }
        if (data.closures() != null) {
            for (int i = 0; i < data.closures().size(); i++) {
                BorderClosure c = data.closures().get(i);
                if (c == null || c.isBlank()) {
                    continue;
                }
                if (c.from() == null) {
                    problems.add(new FieldProblem("closures[" + i + "].from", "validation.required"));
                } else if (c.to() != null && c.to().isBefore(c.from())) {
                    problems.add(new FieldProblem("closures[" + i + "].to", "border.closure.order"));
                }
            }
        }
        return problems;
    }
}
