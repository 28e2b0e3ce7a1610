package vn.doingoai.aid;

import java.util.List;
import vn.doingoai.common.RecordRepository;

interface AidRepository extends RecordRepository<AidItem> {

    List<AidItem> findByDonorIdOrderByStartDateDesc(Long donorId);
}
