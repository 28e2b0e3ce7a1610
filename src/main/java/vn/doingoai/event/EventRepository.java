package vn.doingoai.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

    Optional<Event> findByRef(String ref);

    List<Event> findByRefIn(Collection<String> refs);

    List<Event> findByAgreementIdOrderByStartDateDesc(Long agreementId);

    /** Events starting in the period, counted by role and format. */
    @Query(
            """
            select e.role, e.format, count(e) from Event e
            where (:all = true or e.unitCode in :codes)
              and e.startDate between :from and :to
            group by e.role, e.format""")
    List<Object[]> countByRoleAndFormat(boolean all, Collection<String> codes, LocalDate from, LocalDate to);

    /** The bridge points of the events hosted (or co-hosted) and starting in the period. */
    @Query(
            """
            select count(b) from Event e join e.bridgePoints b
            where (:all = true or e.unitCode in :codes)
              and e.startDate between :from and :to
              and e.role in :hosting""")
    long countBridgePoints(
            boolean all, Collection<String> codes, LocalDate from, LocalDate to, Collection<EventRole> hosting);

    @Query("select distinct e from Event e join e.partnerIds p where p = :partnerId order by e.startDate desc")
    List<Event> findByPartner(Long partnerId);
}
