package vn.doingoai.aid;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.doingoai.common.RecordRepository;

interface AidRepository extends RecordRepository<AidItem> {

    List<AidItem> findByDonorIdOrderByStartDateDesc(Long donorId);

    /** The units whose records name the partner (for the right to change it). */
    @Query("select distinct a.unitCode from AidItem a where a.donorId = :partnerId")
    java.util.Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
