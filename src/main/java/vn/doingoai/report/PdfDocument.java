package vn.doingoai.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * The report as a PDF (OpenPDF): A4, Liberation Serif (metric-compatible with Times New Roman)
 * embedded with Identity-H so that Vietnamese diacritics render, 13 pt, margins 20/20/30/15 mm.
 */
final class PdfDocument {

    private static final float SIZE = 13f;
    private static final float MM = 72f / 25.4f;

    private static volatile Fonts fonts;

    private record Fonts(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {}

    private PdfDocument() {}

    static byte[] write(DocumentModel model) {
        Fonts f = fonts();
        Font regular = new Font(f.regular(), SIZE);
        Font bold = new Font(f.bold(), SIZE);
        Font italic = new Font(f.italic(), SIZE);
        Font boldItalic = new Font(f.boldItalic(), SIZE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(DocumentModel.KIND + " " + model.subject());
        doc.open();

        PdfPTable header = table();
        header.addCell(cell(
                paragraph(model.issuerAbove(), regular, Element.ALIGN_CENTER),
                paragraph(model.issuer(), bold, Element.ALIGN_CENTER),
                paragraph(model.number(), regular, Element.ALIGN_CENTER)));
        header.addCell(cell(
                paragraph(DocumentModel.NATION, bold, Element.ALIGN_CENTER),
                paragraph(DocumentModel.MOTTO, bold, Element.ALIGN_CENTER),
                paragraph(" ", regular, Element.ALIGN_CENTER),
                paragraph(model.placeAndDate(), italic, Element.ALIGN_CENTER)));
        doc.add(header);

        Paragraph kind = paragraph(DocumentModel.KIND, bold, Element.ALIGN_CENTER);
        kind.setSpacingBefore(18);
        doc.add(kind);
        Paragraph subject = paragraph(model.subject(), bold, Element.ALIGN_CENTER);
        subject.setSpacingAfter(12);
        doc.add(subject);

        for (DocumentModel.Section section : model.sections()) {
            Paragraph heading = paragraph(section.heading(), bold, Element.ALIGN_JUSTIFIED);
            heading.setSpacingBefore(6);
            doc.add(heading);
            for (String text : section.paragraphs()) {
                Paragraph p = paragraph(text, regular, Element.ALIGN_JUSTIFIED);
                p.setFirstLineIndent(10 * MM);
                p.setSpacingAfter(3);
                doc.add(p);
            }
        }

        PdfPTable footer = table();
        footer.setSpacingBefore(18);
        PdfPCell recipients = cell(paragraph(DocumentModel.RECIPIENTS, boldItalic, Element.ALIGN_LEFT));
        for (String r : model.recipients()) {
            recipients.addElement(paragraph(r.isEmpty() ? " " : r, regular, Element.ALIGN_LEFT));
        }
        footer.addCell(recipients);
        footer.addCell(cell(
                paragraph(model.signerTitle(), bold, Element.ALIGN_CENTER),
                paragraph(" ", regular, Element.ALIGN_CENTER),
                paragraph(" ", regular, Element.ALIGN_CENTER),
                paragraph(" ", regular, Element.ALIGN_CENTER),
                paragraph(model.signerName(), italic, Element.ALIGN_CENTER)));
        doc.add(footer);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell(Paragraph... paragraphs) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        for (Paragraph p : paragraphs) {
            cell.addElement(p);
        }
        return cell;
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setAlignment(alignment);
        p.setLeading(SIZE * 1.3f);
        return p;
    }

    private static Fonts fonts() {
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
