package vn.doingoai.report;

/**
 * The measures of the Decree 30/2020 layout that the Word and the PDF document share: margins,
 * font sizes, and the header's column widths, computed from the widths of the texts in Liberation
 * Serif, whose metrics are those of Times New Roman: the right column is as wide as the national
 * title needs, so that "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" stays on one line in both documents.
 */
final class OfficialLayout {

    static final float TOP_MM = 20;
    static final float BOTTOM_MM = 20;
    static final float LEFT_MM = 30;
    static final float RIGHT_MM = 15;
    static final float PAGE_WIDTH_MM = 210;
    static final float INDENT_MM = 12.7f;

    /** Sizes in points: the body above and the issuing body, the number, the national title... */
    static final float ISSUER = 12.5f;

    static final float NUMBER = 13;
    static final float NATION = 12.5f;
    static final float MOTTO = 13;
    static final float DATE = 13;
    static final float KIND = 14;
    static final float BODY = 14;
    static final float RECIPIENTS_LABEL = 12;
    static final float RECIPIENTS = 11;
    static final float AFTER = 6;

    /** The space each side of a header cell's text, in points. */
    static final float CELL_PADDING = 3;

    private OfficialLayout() {}

    /** The header's columns and its rules, in points. */
    record Widths(float content, float left, float right, float issuerRule, float mottoRule) {
        float leftInner() {
            return left - 2 * CELL_PADDING;
        }

        float rightInner() {
            return right - 2 * CELL_PADDING;
        }
    }

    static float contentWidth() {
        return (PAGE_WIDTH_MM - LEFT_MM - RIGHT_MM) * PdfDocument.MM;
    }

    static Widths header(DocumentModel model) {
        PdfDocument.Fonts f = PdfDocument.fonts();
        float content = contentWidth();
        float nation = f.bold().getWidthPoint(model.nation(), NATION);
        float right = Math.max(nation + 2 * CELL_PADDING + 8, content * 0.56f);
        float left = content - right;
        float issuer = Math.min(f.bold().getWidthPoint(model.issuer(), ISSUER), left - 2 * CELL_PADDING);
        float motto = f.bold().getWidthPoint(model.motto(), MOTTO);
        return new Widths(
                content, left, right, Math.max(issuer * 0.45f, 40), Math.min(motto, right - 2 * CELL_PADDING));
    }

    /** The rule under the subject: a third of its width, at most a third of the page's. */
    static float subjectRule(DocumentModel model) {
        float subject = PdfDocument.fonts().bold().getWidthPoint(model.subject(), KIND);
        return Math.max(60, Math.min(subject, contentWidth()) / 3);
    }
}
