package vn.doingoai.consular;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;
import vn.doingoai.common.RecordEntity;

/** What the four consular repositories share. */
@NoRepositoryBean
interface ConsularRepository<E extends RecordEntity> extends JpaRepository<E, Long>, JpaSpecificationExecutor<E> {

    Optional<E> findByRef(String ref);

    List<E> findByRefIn(Collection<String> refs);
}
