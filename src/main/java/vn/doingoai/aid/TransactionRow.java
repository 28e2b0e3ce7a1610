package vn.doingoai.aid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A transaction as it is kept: one row of {@code aid_transaction}. */
@Embeddable
record TransactionRow(
        @Enumerated(EnumType.STRING) @Column(name = "type", nullable = false, length = 20) TransactionType type,
        @Column(name = "tx_date", nullable = false) LocalDate date,
        @Column(name = "amount", nullable = false, precision = 24, scale = 4) BigDecimal amount,
        @Column(name = "currency", nullable = false, length = 3) String currency) {}
