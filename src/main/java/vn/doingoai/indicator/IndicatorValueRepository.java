package vn.doingoai.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface IndicatorValueRepository
        extends JpaRepository<IndicatorValue, Long>, JpaSpecificationExecutor<IndicatorValue> {

    /** The values of units whose period starts in a year, for the entry grid and the import. */
    @Query("select v from IndicatorValue v where v.unitCode in :units"
            + " and v.periodFrom >= :from and v.periodFrom <= :to")
    List<IndicatorValue> findStartingIn(Collection<String> units, LocalDate from, LocalDate to);

    List<IndicatorValue> findByIndicatorCode(String indicatorCode);

    /**
     * The values for exactly one period's dates, or for its whole year, per indicator, kind and
     * unit: {@code [indicator, kind, unit, from, to, sum]}. {@code all} ignores the units.
     */
    @Query("select v.indicatorCode, v.kind, v.unitCode, v.periodFrom, v.periodTo, sum(v.value)"
            + " from IndicatorValue v"
            + " where (:all = true or v.unitCode in :units)"
            + " and ((v.periodFrom = :from and v.periodTo = :to)"
            + " or (v.kind = vn.doingoai.indicator.ValueKind.PLAN and v.periodFrom = :yearFrom and v.periodTo = :yearTo))"
            + " group by v.indicatorCode, v.kind, v.unitCode, v.periodFrom, v.periodTo")
    List<Object[]> sumsFor(
            boolean all, Collection<String> units, LocalDate from, LocalDate to, LocalDate yearFrom, LocalDate yearTo);
}
