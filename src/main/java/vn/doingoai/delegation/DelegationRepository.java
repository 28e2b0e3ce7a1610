package vn.doingoai.delegation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.doingoai.common.RecordRepository;

interface DelegationRepository extends RecordRepository<Delegation> {

    /** Per year and month of the start date: the delegations. */
    @Query("select extract(year from d.startDate), extract(month from d.startDate), count(d) from Delegation d"
            + " where (:all = true or d.unitCode in :codes) and d.status in :statuses"
            + " and d.startDate between :from and :to"
            + " group by extract(year from d.startDate), extract(month from d.startDate)")
    List<Object[]> countByMonth(
            @Param("all") boolean all,
            @Param("codes") Collection<String> codes,
            @Param("statuses") Collection<DelegationStatus> statuses,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    @Query("select distinct d from Delegation d join d.partnerIds p where p = :partnerId"
            + " and (:all = true or d.unitCode in :codes) order by d.startDate desc")
    List<Delegation> findByPartner(
            @Param("partnerId") Long partnerId, @Param("all") boolean all, @Param("codes") Collection<String> codes);

    @Query("select distinct d from Delegation d join d.members m where m.personId = :personId"
            + " and (:all = true or d.unitCode in :codes) order by d.startDate desc")
    List<Delegation> findByPerson(
            @Param("personId") Long personId, @Param("all") boolean all, @Param("codes") Collection<String> codes);

    List<Delegation> findByAgreementIdOrderByStartDateDesc(Long agreementId);

    /** The units whose records name the partner (for the right to change it). */
    @Query("select distinct d.unitCode from Delegation d join d.partnerIds p where p = :partnerId")
    java.util.Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
