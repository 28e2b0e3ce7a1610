package vn.doingoai.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner> {

    Optional<Partner> findByRef(String ref);

    List<Partner> findByRefIn(Collection<String> refs);

    List<Partner> findByParentId(Long parentId);

    @Query("select p.id, p.ref from Partner p where p.id in :ids")
    List<Object[]> refsOf(Collection<Long> ids);
}
