package vn.doingoai.partner;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import vn.doingoai.common.RecordRepository;

interface PartnerRepository extends RecordRepository<Partner> {

    List<Partner> findByParentId(Long parentId);

    @Query("select p.id, p.ref from Partner p where p.id in :ids")
    List<Object[]> refsOf(Collection<Long> ids);
}
