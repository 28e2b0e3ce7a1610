package vn.doingoai.investment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.doingoai.money.Money;

/** A change of a project's capital: positive for an increase, negative for a decrease. */
public record Adjustment(@NotNull LocalDate date, @NotNull @Valid Money capitalChange) {}
