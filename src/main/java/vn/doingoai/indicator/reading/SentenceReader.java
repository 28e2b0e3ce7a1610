package vn.doingoai.indicator.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.doingoai.indicator.ValueKind;
import vn.doingoai.indicator.reading.Found.Related;
import vn.doingoai.indicator.reading.Found.Relation;
import vn.doingoai.indicator.reading.Mark.Kind;
import vn.doingoai.period.Period;

/**
 * Reads one sentence, mark by mark. An indicator's name opens its figures; an amount (for trade) or
 * a percent (for growth) after it is a figure of the period named last in the sentence (or of the
 * heading's or the report's period); a comparison or a share of the plan after a figure gives the
 * figure of the year before or the plan; a plan word before a figure makes it a plan.
 */
final class SentenceReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final PeriodPhrase SAME_PERIOD = new PeriodPhrase(PeriodPhrase.Form.SAME_PERIOD, 0, null);
    private final String sentence;
    private final MarkList marks;
    private final List<Found> found = new ArrayList<>();

    private Period current;
    private boolean stated;
    private String indicator;
    private boolean growthTaken;
    /** The last figure of the current indicator, which what follows it qualifies. */
    private Found last;
    /** Relations read before the figure they qualify ({@code tăng 15% so với cùng kỳ, đạt 2 tỷ USD}). */
    private final List<Related> pending = new ArrayList<>();

    private final PlanWords plan;
    /** The period of the sentence's first figure: a plan without a year is that year's, not a year compared with. */
    private Period anchor;
    /** The last growth figure of the sentence, which a growth stated for a period compared with follows. */
    private Found lastGrowth;

    private int statedAt = -1;
    private ValueKind statedKind;
    private PeriodPhrase statedPhrase;

    private Found lastEmitted;
    private int lastEmittedAt = -1;

    /**
     * @param base the period of a figure whose sentence names none
     * @param carried the indicator the paragraph's sentence before ended with: a sentence that opens
     *     with a plan or the year before ({@code Kế hoạch năm 2021 là 28,15 tỷ USD.}) goes on with it
     */
    SentenceReader(String sentence, Period base, String carried) {
        this.sentence = sentence;
        this.marks = new MarkList(sentence);
        this.current = base;
        Mark first = marks.first();
        boolean goesOn = first != null
                && (first.is(Kind.PLAN_CUE)
                        || (first.is(Kind.PERIOD)
                                && (first.phrase().form() == PeriodPhrase.Form.SAME_PERIOD
                                        || first.phrase().form() == PeriodPhrase.Form.LAST_YEAR)));
        this.indicator = goesOn ? carried : null;
        this.plan = new PlanWords(marks.opensWithPlan());
    }

    /** The indicator the sentence ends with, for the next one. */
    String indicator() {
        return indicator;
    }

    /** The figures the sentence states, each followed by those derived from it. */
    List<Found> read() {
        for (int i = 0; i < marks.size(); i++) {
            i = step(i);
        }
        List<Found> all = new ArrayList<>();
        for (Found f : found) {
            all.add(f);
            for (Related r : f.relations) {
                f.derive(r).ifPresent(all::add);
            }
        }
        return all;
    }

    /** Reads mark i and answers the last mark it used. */
    private int step(int i) {
        Mark m = marks.get(i);
        switch (m.kind()) {
            case INDICATOR -> {
                indicator = m.indicator();
                last = null;
                pending.clear();
                growthTaken = false;
            }
            case OTHER_TOPIC -> {
                indicator = null;
                last = null;
                pending.clear();
                plan.otherTopic();
            }
            case OTHER_SECTOR -> {
                if (FigureReader.GRDP_GROWTH.equals(indicator)) {
                    indicator = null;
                }
            }
            case CLAUSE -> plan.clause();
            case PLAN_CUE -> plan.cue();
            case PERIOD -> period(i, m);
            case COMPARE -> {
                return compareAlone(i);
            }
            case PERCENT -> {
                return percent(i, m);
            }
            case FACTOR -> {
                return factor(i, m);
            }
            case AMOUNT -> {
                return amount(i, m);
            }
            default -> {}
        }
        return i;
    }

    private void period(int i, Mark m) {
        Optional<Period> p = m.phrase().resolve(current);
        if (p.isEmpty()) {
            return;
        }
        if (lastEmitted != null && lastEmittedAt == i - 1 && !lastEmitted.periodStated) {
            // "đạt 5 tỷ USD trong 6 tháng đầu năm": the period after the figure, in the same clause
            lastEmitted.period = p.get();
            lastEmitted.periodStated = true;
        }
        if (plan.active()) {
            plan.period(
                    m.phrase().resolve(planContext()).orElse(p.get()),
                    i > 0 && marks.get(i - 1).is(Kind.PLAN_CUE));
            return;
        }
        current = p.get();
        stated = true;
        growthTaken = false;
    }

    /** {@code so với cùng kỳ năm 2020 (đạt 1,9 triệu USD)}: the amount right after is of that period. */
    private int compareAlone(int i) {
        MarkList.Comparison c = marks.comparison(i, false);
        if (c == null) {
            return i;
        }
        expectStated(c.last() + 1, ValueKind.ACTUAL, c.phrase());
        return c.last();
    }

    private int percent(int i, Mark m) {
        if (isGrowth() && lastGrowth != null && !m.ofPlan()) {
            int used = growthOfComparedPeriod(i, m);
            if (used >= 0) {
                return used;
            }
        }
        if (m.ofPlan()) {
            int used = i;
            PeriodPhrase phrase = null;
            if (marks.isPeriod(i + 1) && marks.gap(i, i + 1, MarkList.PLAN_GAP)) {
                phrase = marks.get(i + 1).phrase();
                used = i + 1;
            }
            if (isTrade()) {
                // "vượt 18% kế hoạch", "tăng 18% so với kế hoạch": 118% of it; "giảm 10% so với kế hoạch": 90%
                BigDecimal share = m.hasVerb("vượt", "tăng")
                        ? HUNDRED.add(m.value())
                        : m.hasVerb("giảm") ? HUNDRED.subtract(m.value()) : m.value();
                relate(new Related(
                        Relation.PLAN_SHARE,
                        share,
                        phrase,
                        m.start(),
                        marks.get(used).end()));
                expectStated(used + 1, ValueKind.PLAN, phrase);
            }
            return used;
        }
        MarkList.Comparison c =
                m.hasVerb("tăng", "giảm", "bằng") ? marks.comparison(i + 1, true, m.hasVerb("bằng")) : null;
        if (c != null) {
            if (isTrade()) {
                BigDecimal share = m.value().movePointLeft(2);
                BigDecimal ratio =
                        m.hasVerb("bằng") ? share : BigDecimal.ONE.add(m.hasVerb("giảm") ? share.negate() : share);
                relate(new Related(
                        Relation.PREVIOUS_RATIO,
                        ratio,
                        c.phrase(),
                        m.start(),
                        marks.get(c.last()).end()));
                expectStated(c.last() + 1, ValueKind.ACTUAL, c.phrase());
            } else if (isGrowth() && !m.hasVerb("bằng")) {
                growth(i, m, false);
            }
            return c.last();
        }
        if (isTrade() && m.hasVerb("tăng", "giảm") && rightAfterLastFigure(i)) {
            // "đạt 850 triệu USD, tăng 10,1%": a change said without "so với" is against the same period
            BigDecimal share = m.value().movePointLeft(2);
            BigDecimal ratio = BigDecimal.ONE.add(m.hasVerb("giảm") ? share.negate() : share);
            relate(new Related(Relation.PREVIOUS_RATIO, ratio, SAME_PERIOD, m.start(), m.end()));
            return i;
        }
        if (isGrowth()) {
            if (plan.active()) {
                growth(i, m, true);
            } else if (!m.hasVerb("bằng", "chiếm", "vượt")) {
                growth(i, m, false);
            }
        }
        return i;
    }

    /**
     * Whether mark i follows the last figure with only a comma between, and no comparison with
     * something else follows it ({@code tăng 5% so với quý trước}).
     */
    private boolean rightAfterLastFigure(int i) {
        if (last == null
                || lastEmitted != last
                || (i + 1 < marks.size() && marks.get(i + 1).is(Kind.COMPARE))) {
            return false;
        }
        for (int j = lastEmittedAt + 1; j < i; j++) {
            if (!marks.get(j).is(Kind.CLAUSE)) {
                return false;
            }
        }
        return true;
    }

    private void growth(int i, Mark m, boolean ofPlan) {
        if (ofPlan) {
            emit(i, growthFigure(m, plan.use(planContext()), true, ValueKind.PLAN));
            return;
        }
        if (growthTaken) {
            return;
        }
        lastGrowth = growthFigure(m, current, stated, ValueKind.ACTUAL);
        emit(i, lastGrowth);
        growthTaken = true;
    }

    /**
     * The growth of a period the sentence compares with, once its own is read: stated after the
     * comparison ({@code cao hơn so với năm 2021 (6,5%)}) or before the period ({@code cao hơn mức
     * tăng 5,8% của cùng kỳ năm trước}). Answers the last mark used, or -1 when mark i is neither.
     */
    private int growthOfComparedPeriod(int i, Mark m) {
        if (statedAt == i && marks.gap(i - 1, i, MarkList.STATED_GAP)) {
            statedAt = -1;
            Optional<Period> p = statedKind == ValueKind.PLAN
                    ? Optional.of(PlanWords.year(planContext()))
                    : statedPhrase.comparedWith(lastGrowth.period);
            p.ifPresent(period -> emit(i, growthFigure(m, period, true, statedKind)));
            return i;
        }
        if (growthTaken
                && !m.hasVerb("bằng", "chiếm")
                && marks.isPeriod(i + 1)
                && marks.gap(i, i + 1, MarkList.OF_GAP)) {
            marks.get(i + 1)
                    .phrase()
                    .comparedWith(lastGrowth.period)
                    .ifPresent(period -> emit(i, growthFigure(m, period, true, ValueKind.ACTUAL)));
            return i + 1;
        }
        return -1;
    }

    private Found growthFigure(Mark m, Period period, boolean periodStated, ValueKind kind) {
        BigDecimal value = m.hasVerb("giảm") ? m.value().negate() : m.value();
        return new Found(
                sentence, indicator, period, periodStated, kind, value, null, 0, m.start(), m.end(), false, null);
    }

    /** What a plan's period is read against: the period of the sentence's first figure, not one compared with. */
    private Period planContext() {
        return anchor != null ? anchor : current;
    }

    private int factor(int i, Mark m) {
        MarkList.Comparison c = marks.comparison(i + 1, true, true);
        if (c == null) {
            return i;
        }
        if (isTrade()) {
            relate(new Related(
                    Relation.PREVIOUS_RATIO,
                    m.value(),
                    c.phrase(),
                    m.start(),
                    marks.get(c.last()).end()));
        }
        return c.last();
    }

    private int amount(int i, Mark m) {
        if (!isTrade()) {
            return i;
        }
        if (m.hasVerb("tăng", "giảm")) {
            MarkList.Comparison c = marks.comparison(i + 1, true);
            if (c == null) {
                return i;
            }
            BigDecimal difference = m.hasVerb("giảm") ? m.value().negate() : m.value();
            relate(new Related(
                    Relation.PREVIOUS_DIFFERENCE,
                    difference,
                    c.phrase(),
                    m.start(),
                    marks.get(c.last()).end()));
            expectStated(c.last() + 1, ValueKind.ACTUAL, c.phrase());
            return c.last();
        }
        if (statedAt == i && last != null && marks.gap(i - 1, i, MarkList.STATED_GAP)) {
            // the value of the period compared with, or of the plan: "(đạt 1,9 triệu USD)"
            Optional<Period> p = statedKind == ValueKind.PLAN
                    ? (statedPhrase == null ? last.period.wholeYear() : statedPhrase.resolve(last.period))
                    : statedPhrase.comparedWith(last.period);
            p.ifPresent(period -> emit(i, figure(m, period, true, statedKind)));
            statedAt = -1;
            return i;
        }
        Found f;
        if (plan.active()) {
            f = figure(m, plan.use(planContext()), true, ValueKind.PLAN);
        } else {
            f = figure(m, current, stated, ValueKind.ACTUAL);
        }
        emit(i, f);
        last = f;
        f.relations.addAll(pending);
        pending.clear();
        return i;
    }

    private Found figure(Mark m, Period period, boolean periodStated, ValueKind kind) {
        return new Found(
                sentence,
                indicator,
                period,
                periodStated,
                kind,
                m.value(),
                m.currency(),
                m.precision(),
                m.start(),
                m.end(),
                false,
                null);
    }

    private void emit(int i, Found f) {
        if (anchor == null && f.kind == ValueKind.ACTUAL) {
            anchor = f.period;
        }
        found.add(f);
        lastEmitted = f;
        lastEmittedAt = i;
    }

    private void relate(Related r) {
        if (last != null) {
            last.relations.add(r);
        } else {
            pending.add(r);
        }
    }

    private void expectStated(int at, ValueKind kind, PeriodPhrase phrase) {
        statedAt = at;
        statedKind = kind;
        statedPhrase = phrase;
    }

    private boolean isTrade() {
        return indicator != null && indicator.startsWith("trade.");
    }

    private boolean isGrowth() {
        return FigureReader.GRDP_GROWTH.equals(indicator);
    }
}
