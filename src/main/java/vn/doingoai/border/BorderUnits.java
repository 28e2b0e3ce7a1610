package vn.doingoai.border;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.Text;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitBorders;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The one rule of where border records are kept: under a province with a border (a commune or an
 * agency of it included), and the units a border record may refer to: those of its province and of
 * the provinces merged into it.
 */
@Component
class BorderUnits {

    static final String NO_BORDER = "border.unit.noBorder";

    private final UnitBorders borders;
    private final Units units;
    private final Access access;

    BorderUnits(UnitBorders borders, Units units, Access access) {
        this.borders = borders;
        this.units = units;
        this.access = access;
    }

    /** A problem at {@code unit} when an existing unit lies in a province without a border. */
    Optional<FieldProblem> check(String unitCode) {
        if (Text.isBlank(unitCode) || !units.exists(unitCode.trim()) || borders.hasBorder(unitCode.trim())) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("unit", NO_BORDER));
    }

    /** The units of a record's province, with the provinces merged into it (a gate of Hà Giang for Tuyên Quang). */
    UnitScope provinceScope(String unitCode) {
        return units.provinceOf(unitCode)
                .map(p -> units.reportScope(p.getCode(), true))
                .orElse(UnitScope.of(List.of(unitCode)));
    }

    /** The units on the border the current user may write, for the forms' unit pickers. */
    List<Unit> writable() {
        return units.all().stream()
                .filter(u -> borders.hasBorder(u.getCode()) && access.canWrite(u.getCode()))
                .toList();
    }

    /** Whether the current user may write any unit on the border: the pages offer "new" then. */
    boolean canWriteAny() {
        return !writable().isEmpty();
    }

    /** Whether the current user's scope holds any unit on the border: the menu offers the border then. */
    boolean offered() {
        return borders.anyBorder(access.readable());
    }
}
