package vn.doingoai.indicator.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A report's text as paragraphs and sentences. Letters are composed (NFC, so that a decomposed
 * {@code ế} from a Word file reads as one), spaces are single. A line that does not end a sentence
 * and is followed by one that starts in lower case is joined to it (text copied from a PDF breaks
 * lines in mid-sentence). A short paragraph that ends without a full stop is a heading.
 */
final class Sentences {

    /** A paragraph's sentences, and whether the paragraph is a heading. */
    record Paragraph(List<String> sentences, boolean heading) {}

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b-\\u200d\\u2060\\ufeff\\u00ad]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\x0B\\f]+");
    private static final Pattern NOT_HEADING =
            Pattern.compile("^\\(?(?:ảnh|hình|nguồn|ghi chú)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> ABBREVIATIONS = Set.of(
            "tp", "tt", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "th.s", "v.v", "tr", "st", "mr", "mrs", "ms", "dr");
    private static final int HEADING_MAX = 200;

    private Sentences() {}

    /** Composed letters, no invisible characters, one space between words, lines kept. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        return SPACES.matcher(s).replaceAll(" ");
    }

    static List<Paragraph> paragraphs(String text) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : normalize(text).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (current != null && !endsSentence(current) && startsLowerCase(line)) {
                current.append(' ').append(line);
            } else {
                if (current != null) {
                    joined.add(current.toString());
                }
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            joined.add(current.toString());
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String p : joined) {
            boolean heading = p.length() <= HEADING_MAX
                    && !endsSentence(p)
                    && !NOT_HEADING.matcher(p).matches()
                    && p.chars().anyMatch(Character::isLetter);
            paragraphs.add(new Paragraph(split(p), heading));
        }
        return paragraphs;
    }

    /** The sentences of one paragraph: split after . ! ? … before a capital, a digit or a quote. */
    static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && "\"”’')»]".indexOf(paragraph.charAt(end)) >= 0) {
                end++;
            }
            if (end >= n || paragraph.charAt(end) != ' ' || end + 1 >= n) {
                continue;
            }
            char next = paragraph.charAt(end + 1);
            boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'(«[-–".indexOf(next) >= 0;
            if (!opens || (c == '.' && abbreviation(paragraph, i))) {
                continue;
            }
            add(sentences, paragraph.substring(start, end));
            start = end + 1;
            i = end;
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }

    /** Whether the dot at {@code dot} ends an abbreviation ({@code TP.}, {@code TS.}) or an initial. */
    private static boolean abbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(from)));
    }

    private static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"”’')»]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:;".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean startsLowerCase(String line) {
        return Character.isLowerCase(line.codePointAt(0));
    }
}
