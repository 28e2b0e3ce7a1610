package vn.doingoai.consular;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface EntryApprovalRepository extends ConsularRepository<EntryApproval> {

    /** {@code [approved, received]} summed over the approvals decided in the dates. */
    @Query("select coalesce(sum(e.approved), 0), coalesce(sum(e.received), 0) from EntryApproval e"
            + " where (:all = true or e.unitCode in :units) and e.decidedOn between :from and :to")
    List<Object[]> sums(boolean all, Collection<String> units, LocalDate from, LocalDate to);
}
