package vn.doingoai.investment;

import java.util.List;
import vn.doingoai.common.RecordRepository;

interface InvestmentRepository extends RecordRepository<Investment> {

    List<Investment> findByInvestorIdOrderByRegisteredOnDesc(Long investorId);
}
