package vn.doingoai.investment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A capital change as it is kept: one row of {@code investment_adjustment}. */
@Embeddable
record CapitalChange(
        @Column(name = "change_date", nullable = false) LocalDate date,
        @Column(name = "amount", nullable = false, precision = 24, scale = 4) BigDecimal amount,
        @Column(name = "currency", nullable = false, length = 3) String currency) {}
