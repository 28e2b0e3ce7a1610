package vn.doingoai.indicator.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.doingoai.period.Period;

/**
 * Reads the figures a report's text states about the built-in indicators: export and import values,
 * their total, GRDP growth, the plan and the same period of the year before. Pure: text in, figures
 * out, numbers exact.
 *
 * <p>A figure takes the period its sentence names before it (or right after it), else the period of
 * the last heading that names one (the title, or a numbered or capitalised section heading: not a
 * photo's caption, {@code Lãnh đạo tỉnh tiếp đoàn … tháng 3/2023}), else the report's period. Figures derived from another ({@code
 * bằng 75,7% kế hoạch}, {@code tăng 7,3% so với cùng kỳ}) are left out when the text states the same
 * indicator, period and kind itself; a figure stated twice is given once.
 */
final class FigureReader {

    static final String TRADE_EXPORT = "trade.export";
    static final String TRADE_IMPORT = "trade.import";
    static final String TRADE_TOTAL = "trade.total";
    static final String GRDP_GROWTH = "grdp.growth";

    private FigureReader() {}

    static List<Found> read(String text, Period reportPeriod) {
        List<Found> all = new ArrayList<>();
        Period base = reportPeriod;
        boolean first = true;
        for (Sentences.Paragraph paragraph : Sentences.paragraphs(text)) {
            if (paragraph.heading() && (first || sectionHeading(paragraph))) {
                base = headingPeriod(paragraph, reportPeriod).orElse(base);
            }
            first = false;
            String carried = null;
            for (String sentence : paragraph.sentences()) {
                if (!mayStateFigures(sentence, carried)) {
                    carried = null;
                    continue;
                }
                SentenceReader reader = new SentenceReader(sentence, base, carried);
                all.addAll(reader.read());
                carried = reader.indicator();
            }
        }
        Set<String> stated = new HashSet<>();
        for (Found f : all) {
            if (!f.derived) {
                stated.add(f.key());
            }
        }
        Set<String> given = new HashSet<>();
        List<Found> figures = new ArrayList<>();
        for (Found f : all) {
            if ((f.derived && stated.contains(f.key())) || !given.add(f.key() + "|" + f.value.stripTrailingZeros())) {
                continue;
            }
            figures.add(f);
        }
        return figures;
    }

    /**
     * Whether a sentence may state a figure: it has a digit, and it names trade or growth (or goes
     * on with the indicator of the sentence before). Most sentences of a report do not, and are not
     * read further.
     */
    private static boolean mayStateFigures(String sentence, String carried) {
        return DIGIT.matcher(sentence).find()
                && (carried != null || SUBJECT.matcher(sentence).find());
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SUBJECT = Pattern.compile(
            "khẩu|(?-i:XNK|XK|NK|GRDP)|tăng trưởng|tổng sản phẩm|thương mại",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SECTION = Pattern.compile(
            "^(?:(?:[IVXL]{1,5}|\\d{1,2}(?:\\.\\d{1,2})*|[a-zđ])[.)/]|[-–+•*] |(?:Phần|Mục|Chương) )",
            Pattern.UNICODE_CASE);

    /** Whether a heading opens a section: numbered ({@code I.}, {@code 2.1}, {@code a)}), a bullet, or in capitals. */
    private static boolean sectionHeading(Sentences.Paragraph heading) {
        String text = String.join(" ", heading.sentences());
        return SECTION.matcher(text).find() || text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    /** The first period a heading names ({@code Công tác đối ngoại 9 tháng năm 2021}). */
    private static Optional<Period> headingPeriod(Sentences.Paragraph heading, Period reportPeriod) {
        for (String sentence : heading.sentences()) {
            for (Mark mark : Marks.find(sentence)) {
                if (mark.is(Mark.Kind.PERIOD) && mark.phrase().form() != PeriodPhrase.Form.SAME_PERIOD) {
                    Optional<Period> period = mark.phrase().resolve(reportPeriod);
                    if (period.isPresent()) {
                        return period;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
