package vn.doingoai.consular;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.jpa.repository.Query;

interface PressVisitRepository extends ConsularRepository<PressVisit> {

    @Query("select count(v) from PressVisit v"
            + " where (:all = true or v.unitCode in :units) and v.startDate between :from and :to")
    long countStarting(boolean all, Collection<String> units, LocalDate from, LocalDate to);
}
