package vn.doingoai.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of the periodic report, as the Word and PDF documents, the report page and the drafts
 * show it: the areas present, numbered I, II, III…, each with its sections (numbered 1, 2, 3… when
 * an area has more than one) and their texts, one paragraph a line.
 */
record ReportBody(List<Part> parts) {

    /** An area of the report present in it. */
    record Part(ReportArea area, String numeral, String title, List<Chapter> chapters) {

        /** "I. Ngoại giao chính trị và hợp tác quốc tế cấp địa phương". */
        public String heading() {
            return numeral + ". " + title;
        }
    }

    /**
     * A section of an area.
     *
     * @param key the section's identity (its title key), under which drafts keep its text
     * @param number "1", "2"… when the area has several sections, else null
     */
    record Chapter(String key, String number, String title, String text) {

        public String heading() {
            return number == null ? null : number + ". " + title;
        }

        /** The id of the section's text on the pages: {@code text-agreement-report-title}. */
        public String fieldId() {
            return ReportBody.fieldId(key);
        }

        /** The text's paragraphs (one a line, blank lines left out). */
        public List<String> paragraphs() {
            return ReportBody.paragraphs(text);
        }
    }

    static String fieldId(String key) {
        return "text-" + key.replaceAll("[^A-Za-z0-9]+", "-");
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\r?\\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** Every section, in the report's order. */
    List<Chapter> chapters() {
        return parts.stream().flatMap(p -> p.chapters().stream()).toList();
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** I, II, III… */
    static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] letters = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int left = n;
        for (int i = 0; i < values.length; i++) {
            while (left >= values[i]) {
                out.append(letters[i]);
                left -= values[i];
            }
        }
        return out.toString();
    }
}
