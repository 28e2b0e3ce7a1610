package vn.doingoai.common;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/** What the repository of every record type kept by ref has: lists by specification and lookups by ref. */
@NoRepositoryBean
public interface RecordRepository<E extends RecordEntity> extends JpaRepository<E, Long>, JpaSpecificationExecutor<E> {

    Optional<E> findByRef(String ref);

    /** The records of these refs, in one query (the import by ref loads a section's records so). */
    List<E> findByRefIn(Collection<String> refs);
}
