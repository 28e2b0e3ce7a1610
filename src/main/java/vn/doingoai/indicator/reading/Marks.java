package vn.doingoai.indicator.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the marks of a sentence: every cue's matches, overlaps resolved, in the sentence's order. */
final class Marks {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("một", 1),
            Map.entry("hai", 2),
            Map.entry("ba", 3),
            Map.entry("bốn", 4),
            Map.entry("sáu", 6),
            Map.entry("bảy", 7),
            Map.entry("tám", 8),
            Map.entry("chín", 9),
            Map.entry("mười", 10),
            Map.entry("mười một", 11),
            Map.entry("mười hai", 12),
            Map.entry("đôi", 2));

    private static final Map<String, Integer> ROMAN = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);

    private Marks() {}

    static List<Mark> find(String sentence) {
        List<Mark> found = new ArrayList<>();
        for (Cue cue : Cue.values()) {
            Matcher m = cue.pattern().matcher(sentence);
            while (m.find()) {
                Mark mark = build(cue, m, sentence);
                if (mark != null) {
                    found.add(mark);
                }
            }
        }
        found.sort(Comparator.comparingInt(Mark::start)
                .thenComparing(
                        Comparator.comparingInt((Mark k) -> k.end() - k.start()).reversed())
                .thenComparingInt(k -> k.cue().ordinal()));
        List<Mark> kept = new ArrayList<>();
        int end = 0;
        for (Mark mark : found) {
            if (mark.start() >= end) {
                kept.add(mark);
                end = mark.end();
            }
        }
        return kept;
    }

    /** Words after which a plan word names no plan value ({@code thực hiện kế hoạch}, {@code các mục tiêu}). */
    private static final Pattern NOT_A_PLAN_AFTER = Pattern.compile(
            "(?:thực hiện|triển khai|ban hành|xây dựng|theo dõi|các|những|nhiều|một số|số) $",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words after which a year is a horizon or a start, not the period of a figure ({@code đến năm 2030}). */
    private static final Pattern NOT_A_YEAR_AFTER =
            Pattern.compile("(?:đến|tới|từ|đoạn|trước|sau) $", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the words just before the match end with one of {@code words}. */
    private static boolean after(Pattern words, Matcher m, String sentence) {
        return words.matcher(sentence.substring(Math.max(0, m.start() - 16), m.start()))
                .find();
    }

    private static Mark build(Cue cue, Matcher m, String sentence) {
        if ((cue == Cue.PLAN_CUE && after(NOT_A_PLAN_AFTER, m, sentence))
                || (cue == Cue.YEAR && after(NOT_A_YEAR_AFTER, m, sentence))) {
            return null;
        }
        return switch (cue.kind()) {
            case INDICATOR -> simple(cue, m, indicator(cue));
            case PERIOD -> {
                PeriodPhrase phrase = phrase(cue, m);
                yield phrase == null
                        ? null
                        : new Mark(cue, m.start(), m.end(), null, phrase, null, 0, null, null, false);
            }
            case PERCENT -> {
                BigDecimal value = VietnameseNumbers.parse(m.group("num")).orElse(null);
                boolean ofPlan = cue == Cue.EXCEED_PLAN || m.group("plan") != null;
                yield value == null
                        ? null
                        : new Mark(cue, m.start(), m.end(), null, null, value, 0, null, verb(m), ofPlan);
            }
            case FACTOR -> {
                String n = m.group("num").toLowerCase(Locale.ROOT);
                BigDecimal value = WORDS.containsKey(n)
                        ? BigDecimal.valueOf(WORDS.get(n))
                        : VietnameseNumbers.parse(n).orElse(null);
                yield value == null || value.signum() == 0
                        ? null
                        : new Mark(cue, m.start(), m.end(), null, null, value, 0, null, null, false);
            }
            case AMOUNT -> amount(cue, m);
            default -> simple(cue, m, null);
        };
    }

    private static Mark simple(Cue cue, Matcher m, String indicator) {
        return new Mark(cue, m.start(), m.end(), indicator, null, null, 0, null, null, false);
    }

    private static String indicator(Cue cue) {
        return switch (cue) {
            case TRADE_TOTAL -> FigureReader.TRADE_TOTAL;
            case TRADE_EXPORT -> FigureReader.TRADE_EXPORT;
            case TRADE_IMPORT -> FigureReader.TRADE_IMPORT;
            default -> FigureReader.GRDP_GROWTH;
        };
    }

    /** The verb, lower case; {@code tăng trưởng} is {@code tăng}, {@code (tăng trưởng) âm} is {@code giảm}. */
    private static String verb(Matcher m) {
        String verb = m.group("verb");
        if (verb == null) {
            return null;
        }
        String v = verb.toLowerCase(Locale.ROOT);
        return v.endsWith("âm") ? "giảm" : v.startsWith("tăng") ? "tăng" : v;
    }

    private static PeriodPhrase phrase(Cue cue, Matcher m) {
        return switch (cue) {
            case UP_TO_DATE, UP_TO_MONTH -> months(number(m.group(1)), year(m.group(2)));
            case FIRST_MONTHS -> months(number(m.group(1)), year(m.group(2)));
            case SECOND_HALF -> new PeriodPhrase(PeriodPhrase.Form.SECOND_HALF, 2, year(m.group(1)));
            case FIRST_HALF -> new PeriodPhrase(PeriodPhrase.Form.FIRST_MONTHS, 6, year(m.group(1)));
            case QUARTER -> {
                String q = m.group(1).toLowerCase(Locale.ROOT);
                int n = ROMAN.containsKey(q) ? ROMAN.get(q) : Integer.parseInt(q);
                yield new PeriodPhrase(PeriodPhrase.Form.QUARTER, n, year(m.group(2)));
            }
            case FIRST_QUARTERS -> {
                int n = number(m.group(1));
                yield n < 1 || n > 4 ? null : months(n * 3, year(m.group(2)));
            }
            case MONTH -> {
                int n = number(m.group(1));
                yield n < 1 || n > 12 ? null : new PeriodPhrase(PeriodPhrase.Form.MONTH, n, year(m.group(2)));
            }
            case YEAR -> new PeriodPhrase(PeriodPhrase.Form.YEAR, 0, year(m.group(1)));
            case THIS_YEAR -> new PeriodPhrase(PeriodPhrase.Form.THIS_YEAR, 0, null);
            case LAST_YEAR -> new PeriodPhrase(PeriodPhrase.Form.LAST_YEAR, 0, null);
            case SAME_PERIOD -> new PeriodPhrase(PeriodPhrase.Form.SAME_PERIOD, 0, year(m.group(2)));
            default -> null;
        };
    }

    private static PeriodPhrase months(int n, Integer year) {
        return n < 1 || n > 12 ? null : new PeriodPhrase(PeriodPhrase.Form.FIRST_MONTHS, n, year);
    }

    private static int number(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return WORDS.containsKey(t) ? WORDS.get(t) : Integer.parseInt(t);
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        int y = Integer.parseInt(text);
        return y >= 1900 && y <= 2200 ? y : null;
    }

    private static Mark amount(Cue cue, Matcher m) {
        BigDecimal first = VietnameseNumbers.parse(m.group("n1")).orElse(null);
        if (first == null) {
            return null;
        }
        BigDecimal value = first.multiply(scale(m.group("s1")));
        int precision = first.precision();
        if (m.group("n2") != null) {
            BigDecimal second = VietnameseNumbers.parse(m.group("n2")).orElse(null);
            if (second == null) {
                return null;
            }
            BigDecimal small = scale(m.group("s2"));
            value = value.add(second.multiply(small));
            precision = value.divide(small).stripTrailingZeros().precision();
        }
        String cur = m.group("cur").toLowerCase(Locale.ROOT);
        String currency = cur.startsWith("đồng") || cur.startsWith("vn") ? "VND" : "USD";
        return new Mark(cue, m.start(), m.end(), null, null, value, precision, currency, verb(m), false);
    }

    private static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("tỷ") || w.contains("tỉ")) {
            return w.startsWith("nghìn") || w.startsWith("ngàn") ? BigDecimal.TEN.pow(12) : BigDecimal.TEN.pow(9);
        }
        if (w.startsWith("tr")) {
            return BigDecimal.TEN.pow(6);
        }
        return BigDecimal.TEN.pow(3);
    }
}
