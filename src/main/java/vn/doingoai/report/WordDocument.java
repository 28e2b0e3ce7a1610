package vn.doingoai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The report as a Word document (Apache POI XWPF): A4, Times New Roman 13 pt on every run, margins
 * 20/20/30/15 mm, the two-column header of Decree 30/2020 without borders.
 */
final class WordDocument {

    static final String FONT = "Times New Roman";
    static final int SIZE = 13;
    /** One millimetre in twentieths of a point. */
    private static final double TWIPS_PER_MM = 56.6929;

    private WordDocument() {}

    static byte[] write(DocumentModel model) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(doc);
            page(doc);

            XWPFTable header = borderless(doc, 2);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            line(first(left), model.issuerAbove(), false, false, ParagraphAlignment.CENTER);
            line(left.addParagraph(), model.issuer(), true, false, ParagraphAlignment.CENTER);
            line(left.addParagraph(), model.number(), false, false, ParagraphAlignment.CENTER);
            line(first(right), DocumentModel.NATION, true, false, ParagraphAlignment.CENTER);
            line(right.addParagraph(), DocumentModel.MOTTO, true, false, ParagraphAlignment.CENTER);
            line(right.addParagraph(), model.placeAndDate(), false, true, ParagraphAlignment.CENTER);

            line(doc.createParagraph(), "", false, false, ParagraphAlignment.CENTER);
            line(doc.createParagraph(), DocumentModel.KIND, true, false, ParagraphAlignment.CENTER);
            line(doc.createParagraph(), model.subject(), true, false, ParagraphAlignment.CENTER);

            for (DocumentModel.Section section : model.sections()) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setSpacingBefore(120);
                line(heading, section.heading(), true, false, ParagraphAlignment.BOTH);
                for (String text : section.paragraphs()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setFirstLineIndent((int) (10 * TWIPS_PER_MM));
                    p.setSpacingAfter(60);
                    line(p, text, false, false, ParagraphAlignment.BOTH);
                }
            }

            line(doc.createParagraph(), "", false, false, ParagraphAlignment.LEFT);
            XWPFTable footer = borderless(doc, 2);
            XWPFTableCell recipients = footer.getRow(0).getCell(0);
            XWPFTableCell signer = footer.getRow(0).getCell(1);
            line(first(recipients), DocumentModel.RECIPIENTS, true, true, ParagraphAlignment.LEFT);
            for (String r : model.recipients()) {
                line(recipients.addParagraph(), r, false, false, ParagraphAlignment.LEFT);
            }
            line(first(signer), model.signerTitle(), true, false, ParagraphAlignment.CENTER);
            for (int i = 0; i < 3; i++) {
                line(signer.addParagraph(), "", false, false, ParagraphAlignment.CENTER);
            }
            line(signer.addParagraph(), model.signerName(), false, true, ParagraphAlignment.CENTER);

            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Times New Roman 13 pt as the document's default, for anything a run does not set itself. */
    private static void defaults(XWPFDocument doc) {
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr rpr = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(SIZE * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(SIZE * 2L));
        doc.createStyles().setStyles(ct);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
        margins.setHeader(twips(10));
        margins.setFooter(twips(10));
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }

    private static XWPFTable borderless(XWPFDocument doc, int columns) {
        XWPFTable table = doc.createTable(1, columns);
        table.setWidth("100%");
        table.setWidthType(TableWidthType.PCT);
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        table.setTopBorder(none, 0, 0, "FFFFFF");
        table.setBottomBorder(none, 0, 0, "FFFFFF");
        table.setLeftBorder(none, 0, 0, "FFFFFF");
        table.setRightBorder(none, 0, 0, "FFFFFF");
        table.setInsideHBorder(none, 0, 0, "FFFFFF");
        table.setInsideVBorder(none, 0, 0, "FFFFFF");
        List<XWPFTableCell> cells = table.getRow(0).getTableCells();
        cells.get(0).setWidth("42%");
        cells.get(1).setWidth("58%");
        return table;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    private static void line(XWPFParagraph p, String text, boolean bold, boolean italic, ParagraphAlignment align) {
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text == null ? "" : text);
    }
}
