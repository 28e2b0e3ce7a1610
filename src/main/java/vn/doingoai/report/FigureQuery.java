package vn.doingoai.report;

import java.time.LocalDate;
import vn.doingoai.period.Period;
import vn.doingoai.unit.UnitScope;

/** The units and the dates of one computation of figures. */
public record FigureQuery(UnitScope units, Period period) {

    public LocalDate from() {
        return period.from();
    }

    public LocalDate to() {
        return period.to();
    }
}
