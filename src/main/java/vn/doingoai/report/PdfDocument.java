package vn.doingoai.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * The report as a PDF (OpenPDF) in the layout of Decree 30/2020: A4, margins 20/20/30/15 mm,
 * Liberation Serif (metric-compatible with Times New Roman) embedded with Identity-H so that
 * Vietnamese diacritics render; the header's right column as wide as the national title needs, so
 * that it never breaks; short rules under the issuing body, the motto and the subject; page numbers
 * at the top from the second page.
 */
final class PdfDocument {

    static final float MM = 72f / 25.4f;

    private static volatile Fonts fonts;

    record Fonts(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {}

    private PdfDocument() {}

    static byte[] write(DocumentModel model) {
        Fonts f = fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(
                PageSize.A4,
                OfficialLayout.LEFT_MM * MM,
                OfficialLayout.RIGHT_MM * MM,
                OfficialLayout.TOP_MM * MM,
                OfficialLayout.BOTTOM_MM * MM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PageNumbers(new Font(f.regular(), OfficialLayout.BODY)));
        doc.addTitle(model.kind() + " " + model.subject());
        doc.addCreator("Đối Ngoại");
        doc.open();
        OfficialLayout.Widths widths = OfficialLayout.header(model);

        PdfPTable header = table(widths.left(), widths.right());
        PdfPCell left = cell();
        left.addElement(paragraph(model.issuerAbove(), font(f.regular(), OfficialLayout.ISSUER), Element.ALIGN_CENTER));
        left.addElement(paragraph(model.issuer(), font(f.bold(), OfficialLayout.ISSUER), Element.ALIGN_CENTER));
        left.addElement(rule(widths.issuerRule() / widths.leftInner()));
        Paragraph number = paragraph(model.number(), font(f.regular(), OfficialLayout.NUMBER), Element.ALIGN_CENTER);
        number.setSpacingBefore(4);
        left.addElement(number);
        header.addCell(left);
        PdfPCell right = cell();
        right.addElement(paragraph(model.nation(), font(f.bold(), OfficialLayout.NATION), Element.ALIGN_CENTER));
        right.addElement(paragraph(model.motto(), font(f.bold(), OfficialLayout.MOTTO), Element.ALIGN_CENTER));
        right.addElement(rule(widths.mottoRule() / widths.rightInner()));
        Paragraph date = paragraph(model.placeAndDate(), font(f.italic(), OfficialLayout.DATE), Element.ALIGN_CENTER);
        date.setSpacingBefore(4);
        right.addElement(date);
        header.addCell(right);
        doc.add(header);

        Paragraph kind = paragraph(model.kind(), font(f.bold(), OfficialLayout.KIND), Element.ALIGN_CENTER);
        kind.setSpacingBefore(20);
        doc.add(kind);
        doc.add(paragraph(model.subject(), font(f.bold(), OfficialLayout.KIND), Element.ALIGN_CENTER));
        PdfPTable subjectRule = rule(OfficialLayout.subjectRule(model) / widths.content());
        subjectRule.setSpacingAfter(10);
        doc.add(subjectRule);

        Font regular = font(f.regular(), OfficialLayout.BODY);
        Font bold = font(f.bold(), OfficialLayout.BODY);
        for (DocumentModel.Block block : model.blocks()) {
            Paragraph p = paragraph(
                    block.text(),
                    block.kind() == DocumentModel.Block.Kind.PARAGRAPH ? regular : bold,
                    Element.ALIGN_JUSTIFIED);
            p.setFirstLineIndent(OfficialLayout.INDENT_MM * MM);
            if (block.kind() == DocumentModel.Block.Kind.PART) {
                p.setSpacingBefore(6);
                p.setKeepTogether(true);
            }
            p.setSpacingAfter(OfficialLayout.AFTER);
            doc.add(p);
        }

        PdfPTable footer = table(widths.content() * 0.45f, widths.content() * 0.55f);
        footer.setSpacingBefore(14);
        footer.setKeepTogether(true);
        PdfPCell recipients = cell();
        recipients.addElement(paragraph(
                model.recipientsLabel(), font(f.boldItalic(), OfficialLayout.RECIPIENTS_LABEL), Element.ALIGN_LEFT));
        Font small = font(f.regular(), OfficialLayout.RECIPIENTS);
        for (String r : model.recipients()) {
            Paragraph line = paragraph(r.isEmpty() ? " " : r, small, Element.ALIGN_LEFT);
            line.setLeading(OfficialLayout.RECIPIENTS * 1.2f);
            recipients.addElement(line);
        }
        footer.addCell(recipients);
        PdfPCell signer = cell();
        signer.addElement(paragraph(model.signerTitle(), font(f.bold(), OfficialLayout.BODY), Element.ALIGN_CENTER));
        Paragraph name = paragraph(
                model.signerName() == null || model.signerName().isBlank() ? " " : model.signerName(),
                font(f.bold(), OfficialLayout.BODY),
                Element.ALIGN_CENTER);
        name.setSpacingBefore(OfficialLayout.BODY * 5);
        signer.addElement(name);
        footer.addCell(signer);
        doc.add(footer);
        doc.close();
        return out.toByteArray();
    }

    /** Page numbers at the top centre from the second page (Decree 30). */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                float x = (document.left() + document.right()) / 2;
                float y = document.getPageSize().getHeight() - 12 * MM;
                ColumnText.showTextAligned(
                        writer.getDirectContent(),
                        Element.ALIGN_CENTER,
                        new Phrase(String.valueOf(page), font),
                        x,
                        y,
                        0);
            }
        }
    }

    private static Font font(BaseFont base, float size) {
        return new Font(base, size);
    }

    private static PdfPTable table(float left, float right) {
        PdfPTable table = new PdfPTable(2);
        try {
            table.setTotalWidth(new float[] {left, right});
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setLockedWidth(true);
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingLeft(OfficialLayout.CELL_PADDING);
        cell.setPaddingRight(OfficialLayout.CELL_PADDING);
        cell.setPaddingTop(0);
        return cell;
    }

    /**
     * A short centred rule, {@code share} of the width it is in, a little below the line above it: a
     * table of one empty cell with its bottom border (no text, so no font but the document's own).
     */
    private static PdfPTable rule(float share) {
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(Math.max(1f, Math.min(100f, share * 100f)));
        rule.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell line = new PdfPCell();
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderWidthBottom(0.6f);
        line.setFixedHeight(8f);
        line.setPadding(0);
        rule.addCell(line);
        return rule;
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setAlignment(alignment);
        p.setLeading(font.getSize() * 1.25f);
        return p;
    }

    static Fonts fonts() {
        Fonts f = fonts;
        if (f == null) {
            synchronized (PdfDocument.class) {
                if (fonts == null) {
                    fonts = new Fonts(
                            load("LiberationSerif-Regular.ttf"),
                            load("LiberationSerif-Bold.ttf"),
                            load("LiberationSerif-Italic.ttf"),
                            load("LiberationSerif-BoldItalic.ttf"));
                }
                f = fonts;
            }
        }
        return f;
    }

    private static BaseFont load(String file) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
