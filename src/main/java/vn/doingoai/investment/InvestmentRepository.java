package vn.doingoai.investment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvestmentRepository extends JpaRepository<Investment, Long>, JpaSpecificationExecutor<Investment> {

    Optional<Investment> findByRef(String ref);

    List<Investment> findByRefIn(Collection<String> refs);

    List<Investment> findByInvestorIdOrderByRegisteredOnDesc(Long investorId);

    /** The units whose records name the partner (for the right to change it). */
    @Query("select distinct i.unitCode from Investment i where i.investorId = :partnerId")
    java.util.Set<String> unitsNaming(@Param("partnerId") Long partnerId);
}
