package vn.doingoai.report;

/**
 * A paragraph of a report section.
 *
 * @param text the paragraph's text, sentences joined
 * @param filler whether it only says that nothing happened ("chưa phát sinh vụ việc bảo hộ công
 *     dân"): such a paragraph is written only in a section that has something else to say
 */
public record Paragraph(String text, boolean filler) {

    public Paragraph {
        text = text == null ? "" : text.strip();
    }

    /** A paragraph a module wrote itself. */
    public static Paragraph of(String text) {
        return new Paragraph(text, false);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
