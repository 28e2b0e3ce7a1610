package vn.doingoai.ngo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.doingoai.common.RecordRepository;

interface NgoRegistrationRepository extends RecordRepository<NgoRegistration> {

    List<NgoRegistration> findByNgoIdOrderByValidFromDesc(Long ngoId);

    /** The units whose registrations name the partner (for the right to change it). */
    @Query("select distinct r.unitCode from NgoRegistration r where r.ngoId = :partnerId")
    Set<String> unitsNaming(@Param("partnerId") Long partnerId);

    /** Papers whose validity ends between two days, soonest first. */
    List<NgoRegistration> findByValidToBetweenOrderByValidToAsc(LocalDate from, LocalDate to);
}
