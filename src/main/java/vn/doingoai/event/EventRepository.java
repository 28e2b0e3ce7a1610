package vn.doingoai.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

    Optional<Event> findByRef(String ref);

    List<Event> findByRefIn(Collection<String> refs);

    List<Event> findByAgreementIdOrderByStartDateDesc(Long agreementId);

    @Query("select distinct e from Event e join e.partnerIds p where p = :partnerId order by e.startDate desc")
    List<Event> findByPartner(Long partnerId);

    /** The units whose records name the partner (for the right to change it). */
    @Query("select distinct e.unitCode from Event e join e.partnerIds p where p = :partnerId")
    java.util.Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
