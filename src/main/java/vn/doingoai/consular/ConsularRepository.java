package vn.doingoai.consular;

import org.springframework.data.repository.NoRepositoryBean;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.RecordRepository;

/** What the four consular repositories share. */
@NoRepositoryBean
interface ConsularRepository<E extends RecordEntity> extends RecordRepository<E> {}
