package vn.doingoai.rate;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ExchangeRateRepository extends JpaRepository<ExchangeRate, Long>, JpaSpecificationExecutor<ExchangeRate> {

    Optional<ExchangeRate> findByCurrencyAndValidFrom(String currency, LocalDate validFrom);

    /** The rate in force on a date: the latest one from on or before it. */
    Optional<ExchangeRate> findFirstByCurrencyAndValidFromLessThanEqualOrderByValidFromDesc(
            String currency, LocalDate date);
}
