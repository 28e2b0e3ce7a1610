package vn.doingoai.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitData;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The {@code units} section of the dataset document (order 1, before every other section): the
 * agencies and communes that the records and tasks of the other sections name. A unit is matched by
 * its code: a unit already there with the same parent and level is left as it is (renamed when the
 * name differs), so that importing the same units again creates nothing; a code taken by another
 * unit is a problem at {@code units[i].code}. Adding or renaming one takes an admin, or an officer or
 * approver whose units include the province ({@link Access#canAddUnitUnder}). The export carries the
 * agencies and communes of the unit's scope (under it, and under the units merged into it).
 */
@Component
class UnitSection {

    static final int ORDER = 1;

    private final Units units;
    private final Access access;

    UnitSection(Units units, Access access) {
        this.units = units;
        this.access = access;
    }

    @Bean
    DatasetSection<UnitData> unitsSection() {
        return DatasetSection.of("units", ORDER, UnitData.class, this::importAll, this::export);
    }

    List<UnitData> export(UnitScope scope) {
        return units.agenciesAndCommunes(scope);
    }

    void importAll(List<UnitData> items, ImportContext context) {
        Map<String, List<Integer>> places = new LinkedHashMap<>();
        List<Runnable> writes = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            int i = index;
            UnitData item = items.get(i);
            String code = item.code().trim();
            places.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
            Optional<Unit> existing = units.find(code);
            if (existing.isPresent()) {
                check(i, item, existing.get(), context, writes);
                continue;
            }
            List<FieldProblem> problems = units.check(item);
            problems.forEach(p -> context.problem(i, p.field(), p.message()));
            if (problems.isEmpty() && !access.canAddUnitUnder(item.parent().trim())) {
                context.problem(i, "parent", "validation.unit.forbidden");
            }
            writes.add(() -> {
                units.add(item);
                context.created();
            });
        }
        places.values().stream()
                .filter(p -> p.size() > 1)
                .forEach(p -> p.forEach(i -> context.problem(i, "code", "unit.code.twice")));
        if (!context.hasProblems()) {
            writes.forEach(Runnable::run);
        }
    }

    /** A unit the installation has: the same one (perhaps renamed), or a code taken by another. */
    private void check(int i, UnitData item, Unit existing, ImportContext context, List<Runnable> writes) {
        if (!item.sameUnitAs(existing)) {
            context.problem(i, "code", "unit.code.taken");
        } else if (!existing.getName().equals(item.name().trim())) {
            if (!access.canAddUnitUnder(existing.getParentCode())) {
                context.problem(i, "name", "validation.unit.forbidden");
            }
            writes.add(() -> {
                units.rename(existing.getCode(), item.name());
                context.updated();
            });
        }
    }
}
