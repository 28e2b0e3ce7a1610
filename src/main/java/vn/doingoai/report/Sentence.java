package vn.doingoai.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence of a report section, made by {@link ReportContext#sentence}: one or more clauses, each a
 * message template, joined by "; ", starting with a capital and ending with a full stop. A clause
 * whose figures are zero is left out, and a sentence whose clauses are all left out is not written
 * (or, with {@link #orElse}, says that nothing happened).
 */
public final class Sentence {

    private final List<String> clauses;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private String fallback;

    Sentence(List<String> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    /**
     * A value the templates name as {@code {name}}: a {@link Summary.Figure} (written like the
     * summary's figures, with {@code {name:change}} and the other forms), a number (a count), or a
     * text. Like a figure, a zero number or a blank text leaves out the part that names it.
     */
    public Sentence with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /**
     * The template written when every clause is left out ("Trong {period}, chưa phát sinh vụ việc
     * bảo hộ công dân"), for a topic the reader expects. It makes a filler: written only when the
     * section has something else to say.
     */
    public Sentence orElse(String templateKey) {
        this.fallback = templateKey;
        return this;
    }

    List<String> clauses() {
        return clauses;
    }

    Map<String, Object> values() {
        return values;
    }

    String fallback() {
        return fallback;
    }
}
