package vn.doingoai.aid;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AidRepository extends JpaRepository<AidItem, Long>, JpaSpecificationExecutor<AidItem> {

    Optional<AidItem> findByRef(String ref);

    List<AidItem> findByRefIn(Collection<String> refs);

    List<AidItem> findByDonorIdOrderByStartDateDesc(Long donorId);

    /** The units whose records name the partner (for the right to change it). */
    @Query("select distinct a.unitCode from AidItem a where a.donorId = :partnerId")
    java.util.Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
