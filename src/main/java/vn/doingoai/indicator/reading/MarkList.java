package vn.doingoai.indicator.reading;

import java.util.List;
import java.util.regex.Pattern;
import vn.doingoai.indicator.reading.Mark.Kind;

/** A sentence's marks in order, with what lies between them. */
final class MarkList {

    /** A comparison: the period compared with and the last mark it takes. */
    record Comparison(PeriodPhrase phrase, int last) {}

    /** Between a comparison (or a plan share) and an amount that is its value: {@code (đạt}, {@code là}. */
    static final Pattern STATED_GAP = Pattern.compile(
            "^ ?(?:(?:năm|đề ra|đặt ra|được giao|giao|của tỉnh) ?)*"
                    + "(?:\\( ?(?:(?:đạt|là|với|khoảng|ước|ước đạt|chỉ đạt|mới đạt) ?)?|(?:là|với|:) ?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Between a plan share and the period of that plan: {@code kế hoạch cả năm}, {@code kế hoạch đề ra năm 2021}. */
    static final Pattern PLAN_GAP = Pattern.compile(
            "^ ?(?:(?:của|đề ra|được giao|giao|đặt ra) ?)*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Between a growth and the period it is of: {@code 5,8% của cùng kỳ năm trước}, {@code 7,1% năm 2022}. */
    static final Pattern OF_GAP =
            Pattern.compile("^ ?(?:(?:của|trong|vào) ?)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** After a plan's period that opens a sentence: a comma or a colon. */
    private static final Pattern LEAD = Pattern.compile("^ ?[,:]");

    private final String sentence;
    private final List<Mark> marks;

    MarkList(String sentence) {
        this.sentence = sentence;
        this.marks = Marks.find(sentence);
    }

    int size() {
        return marks.size();
    }

    Mark get(int i) {
        return marks.get(i);
    }

    /** The first mark that is neither a comma nor a date, or null. */
    Mark first() {
        return marks.stream()
                .filter(m -> !m.is(Kind.CLAUSE) && !m.is(Kind.DATE))
                .findFirst()
                .orElse(null);
    }

    /**
     * Whether the sentence opens with a plan word and its period, then a comma or a colon: {@code
     * Mục tiêu năm 2023, kim ngạch xuất khẩu đạt 46 tỷ USD, tăng trưởng kinh tế đạt 6,5-7%}.
     */
    boolean opensWithPlan() {
        return marks.size() >= 2
                && marks.get(0).is(Kind.PLAN_CUE)
                && isPeriod(1)
                && gap(0, 1, null)
                && LEAD.matcher(sentence.substring(marks.get(1).end())).lookingAt();
    }

    /** Whether mark i is a period. */
    boolean isPeriod(int i) {
        return i >= 0 && i < marks.size() && marks.get(i).is(Kind.PERIOD);
    }

    /** Whether the words between marks a and b are blank (or match {@code allowed}). */
    boolean gap(int a, int b, Pattern allowed) {
        if (a < 0 || b >= marks.size()) {
            return false;
        }
        String between = sentence.substring(marks.get(a).end(), marks.get(b).start());
        return between.isBlank() || (allowed != null && allowed.matcher(between).matches());
    }

    /**
     * A comparison starting at mark i: {@code so với} and a period, or {@code cùng kỳ} alone; with
     * {@code rightAfter}, only when nothing but spaces separates it from the mark before.
     */
    Comparison comparison(int i, boolean rightAfter) {
        return comparison(i, rightAfter, false);
    }

    /**
     * A comparison starting at mark i, where a ratio may also name the year compared with alone:
     * {@code gấp 1,5 lần năm 2022}, {@code bằng 112% năm trước}.
     */
    Comparison comparison(int i, boolean rightAfter, boolean yearAlone) {
        if (i >= marks.size() || (rightAfter && !gap(i - 1, i, null))) {
            return null;
        }
        Mark m = marks.get(i);
        if (m.is(Kind.PERIOD)
                && (m.phrase().form() == PeriodPhrase.Form.SAME_PERIOD
                        || (yearAlone
                                && (m.phrase().form() == PeriodPhrase.Form.YEAR
                                        || m.phrase().form() == PeriodPhrase.Form.LAST_YEAR)))) {
            return new Comparison(m.phrase(), i);
        }
        if (m.is(Kind.COMPARE) && isPeriod(i + 1) && gap(i, i + 1, null)) {
            return new Comparison(marks.get(i + 1).phrase(), i + 1);
        }
        return null;
    }
}
