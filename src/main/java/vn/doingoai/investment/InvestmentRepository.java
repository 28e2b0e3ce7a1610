package vn.doingoai.investment;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.doingoai.common.RecordRepository;

interface InvestmentRepository extends RecordRepository<Investment> {

    List<Investment> findByInvestorIdOrderByRegisteredOnDesc(Long investorId);

    /** The units whose records name the partner (for the right to change it). */
    @Query("select distinct i.unitCode from Investment i where i.investorId = :partnerId")
    java.util.Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
