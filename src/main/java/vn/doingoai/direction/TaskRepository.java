package vn.doingoai.direction;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TaskRepository extends JpaRepository<DocumentTask, Long>, JpaSpecificationExecutor<DocumentTask> {}
