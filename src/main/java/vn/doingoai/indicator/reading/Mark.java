package vn.doingoai.indicator.reading;

import java.math.BigDecimal;

/**
 * What a {@link Cue} found in a sentence, from {@code start} to {@code end}: an indicator's name, a
 * period, a percent, an amount or a word that changes how the next ones are read. Only the fields of
 * its kind are set.
 *
 * @param indicator the indicator an INDICATOR mark names
 * @param phrase the period a PERIOD mark names
 * @param value a PERCENT's or FACTOR's number, an AMOUNT's value in its currency
 * @param precision an AMOUNT's significant digits as written (derived values keep at least these)
 * @param currency an AMOUNT's currency: USD or VND
 * @param verb the verb before a PERCENT or AMOUNT ({@code tăng}, {@code giảm}, {@code bằng}…), lower case
 * @param ofPlan whether a PERCENT is a share of the plan ({@code bằng 75,7% kế hoạch})
 */
record Mark(
        Cue cue,
        int start,
        int end,
        String indicator,
        PeriodPhrase phrase,
        BigDecimal value,
        int precision,
        String currency,
        String verb,
        boolean ofPlan) {

    enum Kind {
        INDICATOR,
        OTHER_TOPIC,
        OTHER_SECTOR,
        DATE,
        PERIOD,
        COMPARE,
        CLAUSE,
        PLAN_CUE,
        PERCENT,
        FACTOR,
        AMOUNT
    }

    Kind kind() {
        return cue.kind();
    }

    boolean is(Kind kind) {
        return cue.kind() == kind;
    }

    boolean hasVerb(String... verbs) {
        for (String v : verbs) {
            if (v.equals(verb)) {
                return true;
            }
        }
        return false;
    }
}
