package vn.doingoai.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;

/**
 * The workbook an officer sent, given back with its problems marked: every cell named by a problem
 * filled red and commented with the problem's words (a row's problem marks its first cell), and the
 * sheets with problems coloured red on their tabs. The workbook is opened whole (POI's usermodel),
 * so one whose sheets unpack to more than {@link #MAX_SHEET_BYTES} is not marked (its problems are
 * still listed on the page).
 */
final class WorkbookMarker {

    static final long MAX_SHEET_BYTES = 120L * 1024 * 1024;

    private final Words words;

    WorkbookMarker(Words words) {
        this.words = words;
    }

    byte[] mark(Path file, List<FieldProblem> problems) {
        checkSize(file);
        ZipLimits.apply();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<String, List<FieldProblem>> byCell = new LinkedHashMap<>();
            for (FieldProblem p : problems) {
                if (p.sheet() != null && p.row() != null && workbook.getSheet(p.sheet()) != null) {
                    byCell.computeIfAbsent(
                                    p.sheet() + "!" + (p.column() == null ? "A" : p.column()) + p.row(),
                                    k -> new java.util.ArrayList<>())
                            .add(p);
                }
            }
            Map<Short, XSSFCellStyle> red = new HashMap<>();
            Map<String, Drawing<?>> drawings = new HashMap<>();
            for (Map.Entry<String, List<FieldProblem>> e : byCell.entrySet()) {
                FieldProblem first = e.getValue().get(0);
                XSSFSheet sheet = workbook.getSheet(first.sheet());
                sheet.setTabColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 0xDC, 0x35, 0x45}));
                int rowIndex = first.row() - 1;
                int column = first.column() == null ? 0 : CellReference.convertColStringToIndex(first.column());
                XSSFRow row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
                XSSFCell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
                cell.setCellStyle(red.computeIfAbsent(cell.getCellStyle().getIndex(), i -> {
                    XSSFCellStyle style = workbook.createCellStyle();
                    style.cloneStyleFrom(cell.getCellStyle());
                    style.setFillForegroundColor(IndexedColors.RED.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return style;
                }));
                StringBuilder text = new StringBuilder();
                for (FieldProblem p : e.getValue()) {
                    text.append(text.isEmpty() ? "" : "\n")
                            .append(words.of(p.message()))
                            .append(" (")
                            .append(p.field())
                            .append(')');
                }
                Drawing<?> drawing = drawings.computeIfAbsent(first.sheet(), s -> sheet.createDrawingPatriarch());
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(column + 1);
                anchor.setCol2(column + 5);
                anchor.setRow1(rowIndex);
                anchor.setRow2(rowIndex + 5);
                if (cell.getCellComment() != null) {
                    cell.removeCellComment();
                }
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(new XSSFRichTextString(text.toString()));
                comment.setAuthor(words.of("app.name"));
                cell.setCellComment(comment);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("body", "workbook.damaged");
        }
    }

    /** Refuses to open a workbook whose sheets unpack to too much for a whole workbook in memory. */
    private static void checkSize(Path file) {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                total += Math.max(0, entry.getSize());
            }
        } catch (IOException e) {
            throw new InvalidInputException("body", "workbook.damaged");
        }
        if (total > MAX_SHEET_BYTES) {
            throw new InvalidInputException("body", "workbook.tooLargeToMark");
        }
    }
}
