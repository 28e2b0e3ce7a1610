package vn.doingoai.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sentence templates of the report sections, and the one rule that keeps zeros out of the
 * report. A template is text with references and optional parts:
 *
 * <ul>
 *   <li>{@code {name}} a value: a figure of the summary ({@code {delegations.outgoing}}), a value the
 *       section gave ({@code {projects}}), or a word of the report ({@code {period}}: "9 tháng năm
 *       2021", {@code {subject}}: "tỉnh", {@code {unit}}: "tỉnh Thái Nguyên");
 *   <li>{@code {name:form}} the value in another form: {@code previous} (the same period a year
 *       before), {@code change} (", tăng 7,3% so với cùng kỳ", nothing when there is nothing to
 *       compare), {@code plan} (", bằng 75,7% kế hoạch"), {@code vnd} (" (tương đương 210 tỷ
 *       đồng)"), {@code plain} (a count without the leading zero);
 *   <li>{@code {name|one|other}} a count with its noun, for English ("1 delegation", "2 delegations");
 *   <li>{@code [...]} an optional part, which may hold others.
 * </ul>
 *
 * A part (the whole template is one) is left out when a value it names itself (a figure, its
 * previous value, a section's value) is zero, blank or missing, and when it names none but holds
 * parts that are all left out. {@code change}, {@code plan}, {@code vnd} and the report's words do
 * not count as values. So a zero is never written: a clause about it disappears.
 */
final class Prose {

    private Prose() {}

    /** A reference {@code {name:form|one|other}}. */
    record Ref(String name, String form, String one, String other) {}

    /** A reference written: its text, and whether it is a value (that leaves the part out when empty). */
    record Written(String text, boolean value, boolean empty) {

        static Written value(String text, boolean empty) {
            return new Written(text, true, empty);
        }

        static Written word(String text) {
            return new Written(text == null ? "" : text, false, false);
        }
    }

    /** Writes a template, or answers null when it is left out. */
    static String write(String template, Function<Ref, Written> resolve) {
        Parser parser = new Parser(template);
        List<Object> root = parser.part(false);
        return write(root, resolve);
    }

    @SuppressWarnings("unchecked")
    private static String write(List<Object> items, Function<Ref, Written> resolve) {
        StringBuilder out = new StringBuilder();
        boolean ownValues = false;
        boolean nested = false;
        boolean nestedKept = false;
        for (Object item : items) {
            if (item instanceof String text) {
                out.append(text);
            } else if (item instanceof Ref ref) {
                Written w = resolve.apply(ref);
                if (w.value()) {
                    if (w.empty()) {
                        return null;
                    }
                    ownValues = true;
                }
                out.append(w.text());
            } else {
                nested = true;
                String part = write((List<Object>) item, resolve);
                if (part != null) {
                    nestedKept = true;
                    out.append(part);
                }
            }
        }
        if (!ownValues && nested && !nestedKept) {
            return null;
        }
        return out.toString();
    }

    /** Whether a value counts as nothing: null, zero, or a blank text. */
    static boolean empty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof BigDecimal b) {
            return b.signum() == 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue() == 0;
        }
        if (value instanceof Summary.Figure f) {
            return f.value() == null || f.value().signum() == 0;
        }
        return value.toString().isBlank();
    }

    /** A recursive reader of the template's parts and references. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text == null ? "" : text;
        }

        List<Object> part(boolean nested) {
            List<Object> items = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '[' || c == '{' || c == ']') {
                    if (!literal.isEmpty()) {
                        items.add(literal.toString());
                        literal.setLength(0);
                    }
                    if (c == ']') {
                        if (!nested) {
                            throw new IllegalArgumentException("Unopened ] in report template: " + text);
                        }
                        return items;
                    }
                    items.add(c == '[' ? part(true) : ref());
                } else {
                    literal.append(c);
                }
            }
            if (nested) {
                throw new IllegalArgumentException("Unclosed [ in report template: " + text);
            }
            if (!literal.isEmpty()) {
                items.add(literal.toString());
            }
            return items;
        }

        private Ref ref() {
            int end = text.indexOf('}', at);
            if (end < 0) {
                throw new IllegalArgumentException("Unclosed { in report template: " + text);
            }
            String body = text.substring(at, end).strip();
            at = end + 1;
            String[] words = body.split("\\|", -1);
            String head = words[0];
            int colon = head.indexOf(':');
            String name = colon < 0 ? head : head.substring(0, colon);
            String form = colon < 0 ? "" : head.substring(colon + 1);
            return new Ref(
                    name.strip(), form.strip(), words.length > 1 ? words[1] : null, words.length > 2 ? words[2] : null);
        }
    }
}
