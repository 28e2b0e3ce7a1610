package vn.doingoai.overseas;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.doingoai.common.RecordRepository;

interface OverseasDonationRepository extends RecordRepository<OverseasDonation> {

    List<OverseasDonation> findByDonorIdOrderByReceivedOnDesc(Long donorId);

    /** The units whose donations name the partner (for the right to change it). */
    @Query("select distinct d.unitCode from OverseasDonation d where d.donorId = :partnerId")
    Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
