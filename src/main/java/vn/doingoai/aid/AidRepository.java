package vn.doingoai.aid;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AidRepository extends JpaRepository<AidItem, Long>, JpaSpecificationExecutor<AidItem> {

    Optional<AidItem> findByRef(String ref);

    List<AidItem> findByRefIn(Collection<String> refs);

    List<AidItem> findByDonorIdOrderByStartDateDesc(Long donorId);
}
