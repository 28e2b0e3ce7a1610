package vn.doingoai.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import vn.doingoai.common.RecordRepository;

interface IndicatorValueRepository extends RecordRepository<IndicatorValue> {

    /** The values of units whose period starts in a year, for the entry grid and the import. */
    @Query("select v from IndicatorValue v where v.unitCode in :units"
            + " and v.periodFrom >= :from and v.periodFrom <= :to")
    List<IndicatorValue> findStartingIn(Collection<String> units, LocalDate from, LocalDate to);

    List<IndicatorValue> findByIndicatorCode(String indicatorCode);
}
