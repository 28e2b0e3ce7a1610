package vn.doingoai.indicator.reading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * Reading a report's figures for a unit and period: the unit must exist and the period parse (400),
 * the user must be able to write the unit's indicator values (403). Trade values stated in đồng are
 * converted to USD at the rate in force at the end of their period when the system has one, and
 * marked derived; without a rate they are left out, since trade indicators are kept in USD.
 */
@Service
class FigureReading {

    private final Access access;
    private final Units units;
    private final CurrencyConverter converter;

    FigureReading(Access access, Units units, CurrencyConverter converter) {
        this.access = access;
        this.units = units;
        this.converter = converter;
    }

    /** The report's period, once unit, period and the right to write the unit's values are checked. */
    Period check(String unit, String period) {
        List<FieldProblem> problems = new ArrayList<>();
        if (unit == null || unit.isBlank()) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(unit.trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        Optional<Period> parsed = Period.parse(period);
        if (period == null || period.isBlank()) {
            problems.add(new FieldProblem("period", "validation.required"));
        } else if (parsed.isEmpty()) {
            problems.add(new FieldProblem("period", "indicator.period.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        access.checkWrite(unit.trim());
        return parsed.get();
    }

    /** The figures a report's text states, in USD (trade) or percent (growth). */
    List<ReadFigure> read(String text, Period period) {
        List<ReadFigure> figures = new ArrayList<>();
        for (Found found : FigureReader.read(text, period)) {
            if (!"VND".equals(found.currency)) {
                figures.add(found.figure(found.value, null));
                continue;
            }
            converter
                    .convert(found.value, "VND", "USD", found.period.to())
                    .map(usd -> usd.round(new MathContext(Math.max(3, found.precision), RoundingMode.HALF_UP)))
                    .filter(usd -> usd.compareTo(BigDecimal.ZERO) > 0)
                    .ifPresent(usd -> figures.add(found.figure(
                            usd,
                            vn.doingoai.common.Numbers.plain(found.value).toPlainString() + " VND → USD @ "
                                    + found.period.to())));
        }
        return figures;
    }
}
