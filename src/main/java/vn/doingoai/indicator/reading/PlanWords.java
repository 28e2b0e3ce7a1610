package vn.doingoai.indicator.reading;

import vn.doingoai.period.Period;

/**
 * What the plan words of a sentence say about the values after them ({@code kế hoạch}, {@code chỉ
 * tiêu}, {@code mục tiêu}, {@code phấn đấu}): whether the next value is a plan, and of which period.
 * A plan word holds until a value uses it or a comma ends its clause; named with its period before a
 * comma ({@code Mục tiêu năm 2024, kim ngạch xuất khẩu đạt…}) it holds for the next clause, and when
 * that opens the sentence, for every value of the sentence.
 */
final class PlanWords {

    private final boolean wholeSentence;
    private boolean active;
    private boolean keeps;
    private Period period;

    /** @param wholeSentence whether the sentence opens with a plan and its period, then a comma or colon */
    PlanWords(boolean wholeSentence) {
        this.wholeSentence = wholeSentence;
    }

    /** Whether the next value is a plan. */
    boolean active() {
        return active;
    }

    /** A plan word; a second one in the same clause ({@code kế hoạch năm 2023 phấn đấu đạt}) keeps the period. */
    void cue() {
        if (!active) {
            period = null;
        }
        active = true;
        keeps = false;
    }

    /** A comma or semicolon: the plan word no longer holds, unless its period was named right after it. */
    void clause() {
        if (!keeps && !wholeSentence) {
            active = false;
        }
        keeps = false;
    }

    /** Another subject: the plan word was about it. */
    void otherTopic() {
        if (!wholeSentence) {
            active = false;
        }
    }

    /** The period of the plan, named while a plan word holds ({@code rightAfterCue}: {@code kế hoạch năm 2021}). */
    void period(Period named, boolean rightAfterCue) {
        period = named;
        keeps = keeps || rightAfterCue;
    }

    /** The period of a plan value: the one named, else the whole year of {@code context}; the plan word is used. */
    Period use(Period context) {
        Period used = period != null ? period : year(context);
        if (!wholeSentence) {
            active = false;
        }
        return used;
    }

    /** The whole year of a period. */
    static Period year(Period context) {
        return context.wholeYear().orElse(context);
    }
}
