package vn.doingoai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The report as a Word document (Apache POI XWPF) in the layout of Decree 30/2020: A4, Times New
 * Roman on every run, margins 20/20/30/15 mm, the two-column header without borders in fixed
 * columns (the right one as wide as the national title needs, {@link OfficialLayout}), short rules
 * under the issuing body, the motto and the subject, page numbers at the top from the second page.
 */
final class WordDocument {

    static final String FONT = "Times New Roman";

    private WordDocument() {}

    static byte[] write(DocumentModel model) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(doc);
            CTSectPr sect = page(doc);
            pageNumbers(doc, sect);
            OfficialLayout.Widths widths = OfficialLayout.header(model);

            XWPFTable header = table(doc, widths.left(), widths.right());
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            line(first(left), model.issuerAbove(), OfficialLayout.ISSUER, false, false, ParagraphAlignment.CENTER);
            line(left.addParagraph(), model.issuer(), OfficialLayout.ISSUER, true, false, ParagraphAlignment.CENTER);
            rule(left.addParagraph(), widths.left(), widths.issuerRule());
            XWPFParagraph number = left.addParagraph();
            number.setSpacingBefore(80);
            line(number, model.number(), OfficialLayout.NUMBER, false, false, ParagraphAlignment.CENTER);
            line(first(right), model.nation(), OfficialLayout.NATION, true, false, ParagraphAlignment.CENTER);
            line(right.addParagraph(), model.motto(), OfficialLayout.MOTTO, true, false, ParagraphAlignment.CENTER);
            rule(right.addParagraph(), widths.right(), widths.mottoRule());
            XWPFParagraph date = right.addParagraph();
            date.setSpacingBefore(80);
            line(date, model.placeAndDate(), OfficialLayout.DATE, false, true, ParagraphAlignment.CENTER);

            XWPFParagraph kind = doc.createParagraph();
            kind.setSpacingBefore(400);
            line(kind, model.kind(), OfficialLayout.KIND, true, false, ParagraphAlignment.CENTER);
            line(doc.createParagraph(), model.subject(), OfficialLayout.KIND, true, false, ParagraphAlignment.CENTER);
            XWPFParagraph subjectRule = doc.createParagraph();
            rule(subjectRule, widths.content(), OfficialLayout.subjectRule(model));
            subjectRule.setSpacingAfter(200);

            for (DocumentModel.Block block : model.blocks()) {
                XWPFParagraph p = doc.createParagraph();
                p.setFirstLineIndent(twips(OfficialLayout.INDENT_MM * PdfDocument.MM));
                p.setSpacingAfter(twips(OfficialLayout.AFTER));
                p.setSpacingBetween(1.15);
                if (block.kind() == DocumentModel.Block.Kind.PART) {
                    p.setSpacingBefore(120);
                    p.setKeepNext(true);
                } else if (block.kind() == DocumentModel.Block.Kind.CHAPTER) {
                    p.setKeepNext(true);
                }
                line(
                        p,
                        block.text(),
                        OfficialLayout.BODY,
                        block.kind() != DocumentModel.Block.Kind.PARAGRAPH,
                        false,
                        ParagraphAlignment.BOTH);
            }

            XWPFParagraph gap = doc.createParagraph();
            gap.setSpacingAfter(0);
            XWPFTable footer = table(doc, widths.content() * 0.45f, widths.content() * 0.55f);
            XWPFTableCell recipients = footer.getRow(0).getCell(0);
            XWPFTableCell signer = footer.getRow(0).getCell(1);
            line(
                    first(recipients),
                    model.recipientsLabel(),
                    OfficialLayout.RECIPIENTS_LABEL,
                    true,
                    true,
                    ParagraphAlignment.LEFT);
            for (String r : model.recipients()) {
                XWPFParagraph p = recipients.addParagraph();
                p.setSpacingAfter(0);
                line(p, r, OfficialLayout.RECIPIENTS, false, false, ParagraphAlignment.LEFT);
            }
            line(first(signer), model.signerTitle(), OfficialLayout.BODY, true, false, ParagraphAlignment.CENTER);
            XWPFParagraph name = signer.addParagraph();
            name.setSpacingBefore(twips(OfficialLayout.BODY * 5));
            line(name, model.signerName(), OfficialLayout.BODY, true, false, ParagraphAlignment.CENTER);

            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Times New Roman as the document's default, for anything a run does not set itself. */
    private static void defaults(XWPFDocument doc) {
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr rpr = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf((long) (OfficialLayout.BODY * 2)));
        rpr.addNewSzCs().setVal(BigInteger.valueOf((long) (OfficialLayout.BODY * 2)));
        doc.createStyles().setStyles(ct);
    }

    private static CTSectPr page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(mm(OfficialLayout.TOP_MM));
        margins.setBottom(mm(OfficialLayout.BOTTOM_MM));
        margins.setLeft(mm(OfficialLayout.LEFT_MM));
        margins.setRight(mm(OfficialLayout.RIGHT_MM));
        margins.setHeader(mm(10));
        margins.setFooter(mm(10));
        return sect;
    }

    /** The page number at the top centre, from the second page (the first page's header is empty). */
    private static void pageNumbers(XWPFDocument doc, CTSectPr sect) {
        sect.addNewTitlePg();
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(OfficialLayout.BODY);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static BigInteger mm(double mm) {
        return BigInteger.valueOf(Math.round(mm * PdfDocument.MM * 20));
    }

    private static int twips(double points) {
        return (int) Math.round(points * 20);
    }

    /** A table of one row without borders, in fixed columns of these widths (points). */
    private static XWPFTable table(XWPFDocument doc, float left, float right) {
        XWPFTable table = doc.createTable(1, 2);
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        table.setTopBorder(none, 0, 0, "FFFFFF");
        table.setBottomBorder(none, 0, 0, "FFFFFF");
        table.setLeftBorder(none, 0, 0, "FFFFFF");
        table.setRightBorder(none, 0, 0, "FFFFFF");
        table.setInsideHBorder(none, 0, 0, "FFFFFF");
        table.setInsideVBorder(none, 0, 0, "FFFFFF");
        CTTblPr pr = table.getCTTbl().getTblPr();
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips(left + right)));
        CTTblWidth indent = pr.isSetTblInd() ? pr.getTblInd() : pr.addNewTblInd();
        indent.setType(STTblWidth.DXA);
        indent.setW(BigInteger.ZERO);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        float[] columns = {left, right};
        for (int i = 0; i < 2; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips(columns[i])));
            XWPFTableCell cell = table.getRow(0).getCell(i);
            CTTcPr tc = cell.getCTTc().isSetTcPr()
                    ? cell.getCTTc().getTcPr()
                    : cell.getCTTc().addNewTcPr();
            CTTblWidth w = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(twips(columns[i])));
        }
        CTTblWidth margin = pr.addNewTblCellMar().addNewLeft();
        margin.setType(STTblWidth.DXA);
        margin.setW(BigInteger.valueOf(twips(OfficialLayout.CELL_PADDING)));
        CTTblWidth marginRight = pr.getTblCellMar().addNewRight();
        marginRight.setType(STTblWidth.DXA);
        marginRight.setW(BigInteger.valueOf(twips(OfficialLayout.CELL_PADDING)));
        return table;
    }

    /**
     * A short centred rule of {@code length} points in a space of {@code space} points, a little below
     * the line above it: the bottom border of an empty paragraph a few points high.
     */
    private static void rule(XWPFParagraph p, float space, float length) {
        int side = twips(Math.max(0, (space - 2 * OfficialLayout.CELL_PADDING - length) / 2));
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(5, LineSpacingRule.EXACT);
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    private static void line(
            XWPFParagraph p, String text, float size, boolean bold, boolean italic, ParagraphAlignment align) {
        p.setAlignment(align);
        if (p.getSpacingAfter() < 0) {
            p.setSpacingAfter(0);
        }
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text == null ? "" : text);
    }
}
