package vn.doingoai.investment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InvestmentRepository extends JpaRepository<Investment, Long>, JpaSpecificationExecutor<Investment> {

    Optional<Investment> findByRef(String ref);

    List<Investment> findByRefIn(Collection<String> refs);

    List<Investment> findByInvestorIdOrderByRegisteredOnDesc(Long investorId);
}
