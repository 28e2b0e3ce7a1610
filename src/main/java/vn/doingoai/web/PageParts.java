package vn.doingoai.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** What every record type's pages use: the rights, the units, the forms, the lists and the history in words. */
@Component
public record PageParts(Access access, Units units, Forms forms, ListPages lists, HistoryPage history) {

    /** The units the current user may write records of, for a form's unit picker. */
    public List<Unit> writableUnits() {
        return units.all().stream().filter(u -> access.canWrite(u.getCode())).toList();
    }

    /** The units the current user may read the records of. */
    public List<Unit> readableUnits() {
        return units.all().stream().filter(u -> access.canRead(u.getCode())).toList();
    }
}
