package vn.doingoai.unit;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;

/**
 * Which units lie on the border: a province has a land border or not (its flag, set by admins), and
 * every unit under it (an agency, a commune) shares its province's. Only there are border gates,
 * incidents and friendship pairs kept.
 */
@Service
public class UnitBorders {

    private final Units units;
    private final UnitRepository repository;

    UnitBorders(Units units, UnitRepository repository) {
        this.units = units;
        this.repository = repository;
    }

    /** Whether the unit's province has a border (false for the country and unknown units). */
    public boolean hasBorder(String code) {
        return units.provinceOf(code).map(Unit::isBorder).orElse(false);
    }

    /** Whether any unit of a scope lies on the border (the whole country does). */
    public boolean anyBorder(UnitScope scope) {
        if (scope.all()) {
            return units.provinces().stream().anyMatch(Unit::isBorder);
        }
        return scope.codes().stream().anyMatch(this::hasBorder);
    }

    /** Sets or clears a province's border flag. Only a province has one. */
    @Transactional
    public Unit set(String code, boolean border) {
        Optional<Unit> found = code == null ? Optional.empty() : repository.findById(code.trim());
        Unit unit = found.orElseThrow(() -> new NotFoundException("Unit " + code));
        if (unit.getLevel() != UnitLevel.PROVINCE) {
            throw new InvalidInputException("border", "unit.border.provinceOnly");
        }
        unit.setBorder(border);
        return unit;
    }
}
