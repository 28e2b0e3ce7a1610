package vn.doingoai.report;

import java.time.LocalDate;
import vn.doingoai.period.Period;
import vn.doingoai.unit.UnitScope;

/**
 * The units and the dates of one computation of figures.
 *
 * @param unit the code of the unit reported on ({@code VN} for the whole country), for links
 * @param units the units whose records count (the unit, the units under it, the merged ones)
 * @param period the dates, both inclusive
 */
public record FigureQuery(String unit, UnitScope units, Period period) {

    public LocalDate from() {
        return period.from();
    }

    public LocalDate to() {
        return period.to();
    }

    /** The query string of a link to a list filtered like this query: {@code unit=19&from=...&to=...}. */
    public String listParams() {
        return "unit=" + unit + "&from=" + period.from() + "&to=" + period.to();
    }
}
