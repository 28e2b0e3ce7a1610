package vn.doingoai.direction;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TaskRepository extends JpaRepository<DocumentTask, Long>, JpaSpecificationExecutor<DocumentTask> {

    /** Tasks written before their search text was kept (V87). */
    List<DocumentTask> findBySearchTextIsNull();
}
