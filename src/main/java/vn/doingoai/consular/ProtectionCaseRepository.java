package vn.doingoai.consular;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.jpa.repository.Query;

interface ProtectionCaseRepository extends ConsularRepository<ProtectionCase> {

    @Query("select count(c) from ProtectionCase c"
            + " where (:all = true or c.unitCode in :units) and c.openedOn between :from and :to")
    long countOpened(boolean all, Collection<String> units, LocalDate from, LocalDate to);
}
