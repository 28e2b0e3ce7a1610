package vn.doingoai.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills workbooks in tests the way an officer fills them in Excel: by the field named in a column's heading. */
final class Sheets {

    /** One date style per workbook, as Excel keeps it (a style per cell would bloat the workbook). */
    private static final java.util.Map<Workbook, CellStyle> DATES = new java.util.WeakHashMap<>();

    private Sheets() {}

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The index of the column whose heading ends with {@code [field]}. */
    static int column(Sheet sheet, String field) {
        Row header = sheet.getRow(0);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            Cell cell = header.getCell(c);
            if (cell != null && cell.getStringCellValue().endsWith("[" + field + "]")) {
                return c;
            }
        }
        throw new IllegalArgumentException("No column " + field + " in " + sheet.getSheetName());
    }

    /** Puts a value at the row (numbered as Excel shows it) in the column of {@code field}. */
    static Cell put(Sheet sheet, int row, String field, Object value) {
        Row r = sheet.getRow(row - 1) == null ? sheet.createRow(row - 1) : sheet.getRow(row - 1);
        int c = column(sheet, field);
        Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(DATES.computeIfAbsent(sheet.getWorkbook(), w -> {
                CellStyle style = w.createCellStyle();
                style.setDataFormat(w.createDataFormat().getFormat("dd/mm/yyyy"));
                return style;
            }));
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(value.toString());
        }
        return cell;
    }

    /**
     * Fills the first free row of a sheet, after its last (never the example row): the fields and
     * their values in turn ({@code "ref", "s17h-k1", "unit", "44"}).
     */
    static void append(Sheet sheet, Object... fieldsAndValues) {
        int row = Math.max(3, sheet.getLastRowNum() + 2);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            put(sheet, row, (String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
    }

    /** The text of a record's cell, the record found by its ref. */
    static String cell(Workbook workbook, String section, String ref, String field) {
        Sheet sheet = workbook.getSheet(section);
        int refColumn = column(sheet, "ref");
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && ref.equals(row.getCell(refColumn).getStringCellValue())) {
                return row.getCell(column(sheet, field)).getStringCellValue();
            }
        }
        throw new AssertionError("No " + ref + " in " + section);
    }
}
