package vn.doingoai.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Excel export of a list: one sheet, a bold header row that stays in view (frozen) with a
 * filter, typed cells (whole numbers {@code #,##0}, other numbers {@code #,##0.00}, dates as date
 * cells {@code dd/mm/yyyy}), and columns as wide as their contents.
 */
public final class ExcelExport {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private ExcelExport() {}

    public static byte[] write(String sheetName, List<String> headers, List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(safeSheetName(sheetName));
            DataFormat formats = workbook.createDataFormat();
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            bold.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle date = style(workbook, formats, "dd/mm/yyyy");
            CellStyle whole = style(workbook, formats, "#,##0");
            CellStyle decimal = style(workbook, formats, "#,##0.00");
            int[] widths = new int[headers.size()];
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                widths[i] = headers.get(i).length();
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    int width;
                    if (value instanceof Number n) {
                        cell.setCellValue(n instanceof BigDecimal bd ? bd.doubleValue() : n.doubleValue());
                        cell.setCellStyle(isWhole(n) ? whole : decimal);
                        width = n.toString().length() + 4;
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                        width = 10;
                    } else {
                        String text = value.toString();
                        cell.setCellValue(text);
                        width = text.length();
                    }
                    if (i < widths.length) {
                        widths[i] = Math.max(widths[i], width);
                    }
                }
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (!headers.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts ({@code Integer}, {@code Long}) are whole: {@code #,##0}; amounts and values {@code #,##0.00}. */
    private static boolean isWhole(Number value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short;
    }

    private static CellStyle style(SXSSFWorkbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    /** A sheet's name as Excel allows it: at most 31 characters, none of {@code []:*?/\}. */
    private static String safeSheetName(String name) {
        String safe = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }

    /** A download of the workbook, named e.g. {@code doi-tac.xlsx}. */
    public static ResponseEntity<byte[]> download(String fileName, byte[] workbook) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(workbook);
    }
}
