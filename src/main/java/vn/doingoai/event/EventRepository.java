package vn.doingoai.event;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.doingoai.common.RecordRepository;

interface EventRepository extends RecordRepository<Event> {

    List<Event> findByAgreementIdOrderByStartDateDesc(Long agreementId);

    @Query("select distinct e from Event e join e.partnerIds p where p = :partnerId order by e.startDate desc")
    List<Event> findByPartner(Long partnerId);

    /** The units whose records name the partner (for the right to change it). */
    @Query("select distinct e.unitCode from Event e join e.partnerIds p where p = :partnerId")
    java.util.Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
