package vn.doingoai.indicator.reading;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.doingoai.common.Numbers;
import vn.doingoai.indicator.ValueKind;
import vn.doingoai.period.Period;

/** A figure as the reader finds it: still in its currency, with what the sentence says of it. */
final class Found {

    /** How a figure the text does not state follows from one it does. */
    enum Relation {
        /** {@code tăng 7,3% so với cùng kỳ}: the period compared with is value / factor. */
        PREVIOUS_RATIO,
        /** {@code tăng 0,5 tỷ USD so với cùng kỳ}: the period compared with is value - amount. */
        PREVIOUS_DIFFERENCE,
        /** {@code bằng 75,7% kế hoạch}: the plan is value / share. */
        PLAN_SHARE
    }

    /** A relation, with the period it names (or null) and the words it was read from. */
    record Related(Relation relation, BigDecimal number, PeriodPhrase phrase, int start, int end) {}

    final String sentence;
    final String indicator;
    Period period;
    boolean periodStated;
    final ValueKind kind;
    final BigDecimal value;
    final String currency;
    final int precision;
    final int start;
    final int end;
    final boolean derived;
    final String basis;
    final List<Related> relations = new ArrayList<>();

    Found(
            String sentence,
            String indicator,
            Period period,
            boolean periodStated,
            ValueKind kind,
            BigDecimal value,
            String currency,
            int precision,
            int start,
            int end,
            boolean derived,
            String basis) {
        this.sentence = sentence;
        this.indicator = indicator;
        this.period = period;
        this.periodStated = periodStated;
        this.kind = kind;
        this.value = value;
        this.currency = currency;
        this.precision = precision;
        this.start = start;
        this.end = end;
        this.derived = derived;
        this.basis = basis;
    }

    /** The key an officer saves it under: indicator, period, kind. */
    String key() {
        return indicator + "|" + period + "|" + kind;
    }

    /** The figure as the reader answers it, with its value in USD (or percent) and how it was converted. */
    ReadFigure figure(BigDecimal usdValue, String conversionBasis) {
        String why =
                conversionBasis == null ? basis : (basis == null ? conversionBasis : basis + "; " + conversionBasis);
        return new ReadFigure(
                indicator,
                period.toString(),
                kind,
                vn.doingoai.common.Numbers.plain(usdValue),
                sentence,
                derived || conversionBasis != null,
                why,
                start,
                end);
    }

    /** The figure a relation gives, or empty when it gives none (a zero share, a period that is none). */
    Optional<Found> derive(Related r) {
        Found f = this;
        MathContext digits = new MathContext(Math.max(3, f.precision), RoundingMode.HALF_UP);
        Optional<Period> period;
        BigDecimal value;
        String basis;
        ValueKind kind = f.kind;
        switch (r.relation()) {
            case PREVIOUS_RATIO -> {
                if (r.number().signum() <= 0) {
                    return Optional.empty();
                }
                period = r.phrase().comparedWith(f.period);
                value = f.value.divide(r.number(), digits);
                basis = Numbers.plain(f.value).toPlainString() + " / "
                        + Numbers.plain(r.number()).toPlainString();
            }
            case PREVIOUS_DIFFERENCE -> {
                period = r.phrase().comparedWith(f.period);
                value = f.value.subtract(r.number());
                basis = Numbers.plain(f.value).toPlainString()
                        + (r.number().signum() < 0 ? " + " : " - ")
                        + Numbers.plain(r.number().abs()).toPlainString();
            }
            default -> {
                if (r.number().signum() <= 0 || f.kind != ValueKind.ACTUAL) {
                    return Optional.empty();
                }
                BigDecimal share = r.number().movePointLeft(2);
                period = r.phrase() == null ? f.period.wholeYear() : r.phrase().resolve(f.period);
                value = f.value.divide(share, digits);
                basis = Numbers.plain(f.value).toPlainString() + " / "
                        + Numbers.plain(share).toPlainString();
                kind = ValueKind.PLAN;
            }
        }
        if (period.isEmpty() || value.signum() < 0) {
            return Optional.empty();
        }
        return Optional.of(new Found(
                f.sentence,
                f.indicator,
                period.get(),
                true,
                kind,
                value,
                f.currency,
                f.precision,
                r.start(),
                r.end(),
                true,
                basis));
    }
}
