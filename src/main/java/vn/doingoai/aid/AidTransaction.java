package vn.doingoai.aid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.doingoai.money.Money;

/** A commitment or a disbursement: {@code {"type": "COMMITMENT", "date": "2021-02-01", "value": {...}}}. */
public record AidTransaction(@NotNull TransactionType type, @NotNull LocalDate date, @NotNull @Valid Money value) {}
