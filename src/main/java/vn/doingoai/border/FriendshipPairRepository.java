package vn.doingoai.border;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.doingoai.common.RecordRepository;

interface FriendshipPairRepository extends RecordRepository<FriendshipPair> {

    List<FriendshipPair> findByPartnerIdOrderByEstablishedOnDesc(Long partnerId);

    /** The units whose pairs name the partner (for the right to change it). */
    @Query("select distinct p.unitCode from FriendshipPair p where p.partnerId = :partnerId")
    Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
