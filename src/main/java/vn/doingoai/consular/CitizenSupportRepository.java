package vn.doingoai.consular;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface CitizenSupportRepository extends ConsularRepository<CitizenSupport> {

    /** {@code [persons]} summed over the support paid in the dates. */
    @Query("select coalesce(sum(s.persons), 0) from CitizenSupport s"
            + " where (:all = true or s.unitCode in :units) and s.paidOn between :from and :to")
    List<Object> persons(boolean all, Collection<String> units, LocalDate from, LocalDate to);

    /** The VND paid in the dates, summed. */
    @Query("select coalesce(sum(s.amount.amount), 0) from CitizenSupport s"
            + " where (:all = true or s.unitCode in :units) and s.paidOn between :from and :to"
            + " and s.amount.currency = 'VND'")
    List<Object> vnd(boolean all, Collection<String> units, LocalDate from, LocalDate to);

    /** The other currencies paid in the dates: {@code [currency, date, sum]}, to convert at their date. */
    @Query("select s.amount.currency, s.paidOn, sum(s.amount.amount) from CitizenSupport s"
            + " where (:all = true or s.unitCode in :units) and s.paidOn between :from and :to"
            + " and s.amount.currency <> 'VND' group by s.amount.currency, s.paidOn"
            + " order by s.amount.currency, s.paidOn")
    List<Object[]> otherCurrencies(boolean all, Collection<String> units, LocalDate from, LocalDate to);
}
