package vn.doingoai.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.JsonNode;

/**
 * Writes section sheets in the template's form, with or without records: row 1 the headings (bold,
 * frozen, required ones marked and shaded), row 2 an example in grey italics marked as such (the
 * import skips it), the records from row 3; drop-down lists from a hidden sheet of lists; then a
 * sheet that explains every column. Streams its rows ({@link SXSSFWorkbook}), so an export of many
 * records stays small in memory.
 */
final class WorkbookWriter {

    static final String LISTS = "DanhMuc";
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final LocalDate EXAMPLE_DAY = LocalDate.of(2025, 3, 3);
    /** The longest text a cell holds. */
    static final int CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Choices choices;
    private final Words words;
    private final Examples examples;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Map<String, CellStyle> styles = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();

    WorkbookWriter(Choices choices, Words words, String unitShown) {
        this.choices = choices;
        this.words = words;
        this.examples = new Examples(choices, words, unitShown, EXAMPLE_DAY);
        workbook.setCompressTempFiles(true);
    }

    /** The workbook of these sheets, each with its records (none for a template). */
    byte[] write(List<Sheet> sheets, Map<String, List<JsonNode>> records) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<SXSSFSheet> written = new ArrayList<>();
            for (Sheet sheet : sheets) {
                written.add(section(sheet, records.getOrDefault(sheet.section(), List.of())));
            }
            new Guide(workbook, words, choices, this::style).write(sheets);
            for (Sheet sheet : sheets) {
                sheet.columns().stream().filter(Column::choosable).forEach(c -> listName(sheet, c));
            }
            writeLists();
            for (int i = 0; i < sheets.size(); i++) {
                validations(sheets.get(i), written.get(i));
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // nothing was written to close
            }
        }
    }

    private SXSSFSheet section(Sheet sheet, List<JsonNode> items) {
        SXSSFSheet out = workbook.createSheet(sheet.section());
        List<Column> columns = sheet.columns();
        Row header = out.createRow(0);
        header.setHeightInPoints(48);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.heading());
            cell.setCellStyle(style(column.required() ? "required" : "header"));
            out.setColumnWidth(c, width(column) * 256);
            CellStyle columnStyle = columnStyle(column);
            if (columnStyle != null) {
                out.setDefaultColumnStyle(c, columnStyle);
            }
        }
        out.createFreezePane(0, 1);
        Row example = out.createRow(1);
        for (int c = 0; c < columns.size(); c++) {
            Object value = examples.of(sheet, columns.get(c));
            put(example.createCell(c), value, true, columns.get(c));
        }
        Cell mark = example.createCell(columns.size());
        mark.setCellValue(words.of("workbook.example.mark"));
        mark.setCellStyle(style("example"));
        out.setColumnWidth(columns.size(), 48 * 256);
        int r = 2;
        for (JsonNode item : items) {
            Row row = out.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                put(row.createCell(c), Values.shown(sheet, column, at(item, column.path()), choices), false, column);
            }
        }
        return out;
    }

    /** The value at a dotted path of an item ({@code capital.amount}), or null. */
    static JsonNode at(JsonNode item, String path) {
        JsonNode node = item;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    private void put(Cell cell, Object value, boolean example, Column column) {
        if (value == null) {
            if (example) {
                cell.setCellStyle(style("example"));
            }
            return;
        }
        String prefix = example ? "example" : "";
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(style(prefix + "date"));
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            if (example) {
                cell.setCellStyle(style("example"));
            }
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
            if (example) {
                cell.setCellStyle(style("example"));
            }
        } else {
            cell.setCellValue(fit(value.toString()));
            boolean wrap = column.kind() == Column.Kind.ROWS || value.toString().indexOf('\n') >= 0;
            cell.setCellStyle(style(prefix + (wrap ? "wrap" : "text")));
        }
    }

    private void validations(Sheet sheet, SXSSFSheet out) {
        DataValidationHelper helper = out.getDataValidationHelper();
        List<Column> columns = sheet.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            CellRangeAddressList cells = new CellRangeAddressList(2, LAST_ROW, c, c);
            DataValidation validation;
            String name = column.choosable() ? listName(sheet, column) : null;
            if (name != null) {
                validation = helper.createValidation(helper.createFormulaListConstraint(name), cells);
                validation.setErrorStyle(
                        (column.kind() == Column.Kind.ENUM || column.kind() == Column.Kind.CODE) && !column.list()
                                ? DataValidation.ErrorStyle.STOP
                                : DataValidation.ErrorStyle.WARNING);
                validation.setShowErrorBox(!column.list());
                validation.createErrorBox(clip(column.label(), 32), clip(words.of("workbook.validation.choose"), 255));
            } else if (column.kind() == Column.Kind.TEXT && column.maxLength() > 0 && !column.list()) {
                validation = helper.createValidation(
                        helper.createTextLengthConstraint(
                                DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
                                String.valueOf(column.maxLength()),
                                null),
                        cells);
                validation.setShowErrorBox(true);
                validation.createErrorBox(
                        clip(column.label(), 32),
                        clip(words.of("workbook.validation.length", column.maxLength()), 255));
            } else {
                continue;
            }
            validation.setEmptyCellAllowed(true);
            validation.setShowPromptBox(false);
            out.addValidationData(validation);
        }
    }

    /** The name of the list a column offers (on the hidden sheet), or null when it has none. */
    private String listName(Sheet sheet, Column column) {
        String key =
                switch (column.kind()) {
                    case ENUM, CODE -> "ds_" + sheet.section() + "_"
                            + column.path().replace('.', '_');
                    case REFERENCE -> "ds_ref_" + column.refersTo();
                    default -> "ds_" + column.kind().name().toLowerCase(java.util.Locale.ROOT);
                };
        if (!lists.containsKey(key)) {
            List<String> options = choices.options(sheet, column);
            if (options.isEmpty()) {
                return null;
            }
            lists.put(key, options);
        }
        return key;
    }

    /** Every list in a column of the hidden sheet, under a name the validations refer to. */
    private void writeLists() {
        SXSSFSheet sheet = workbook.createSheet(LISTS);
        List<String> names = new ArrayList<>(lists.keySet());
        int longest = lists.values().stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r <= longest; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < names.size(); c++) {
                List<String> values = lists.get(names.get(c));
                if (r == 0) {
                    row.createCell(c).setCellValue(names.get(c));
                } else if (r <= values.size()) {
                    row.createCell(c).setCellValue(values.get(r - 1));
                }
            }
        }
        for (int c = 0; c < names.size(); c++) {
            String column = columnLetter(c);
            Name name = workbook.createName();
            name.setNameName(names.get(c));
            name.setRefersToFormula(LISTS + "!$" + column + "$2:$" + column + "$"
                    + (lists.get(names.get(c)).size() + 1));
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    private static int width(Column column) {
        return switch (column.kind()) {
            case DATE -> 14;
            case NUMBER, INTEGER -> 16;
            case BOOLEAN, CURRENCY, CODE -> 11;
            case ENUM, UNIT, COUNTRY, REFERENCE -> 28;
            case ROWS -> 50;
            case TEXT -> column.maxLength() >= 1000 ? 50 : column.maxLength() >= 300 ? 36 : 20;
        };
    }

    private CellStyle columnStyle(Column column) {
        if (column.kind() == Column.Kind.DATE && !column.list()) {
            return style("date");
        }
        boolean text = column.kind() != Column.Kind.NUMBER
                && column.kind() != Column.Kind.INTEGER
                && column.kind() != Column.Kind.BOOLEAN;
        return text ? style(column.kind() == Column.Kind.ROWS ? "wrap" : "text") : null;
    }

    private CellStyle style(String name) {
        return styles.computeIfAbsent(name, n -> {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            if (n.equals("header") || n.equals("required") || n.equals("title")) {
                font.setBold(true);
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                style.setFillForegroundColor(
                        n.equals("required")
                                ? IndexedColors.LIGHT_YELLOW.getIndex()
                                : IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            if (n.startsWith("example")) {
                font.setItalic(true);
                font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            }
            if (n.endsWith("date")) {
                style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            } else if (n.endsWith("text") || n.endsWith("wrap")) {
                style.setDataFormat(workbook.createDataFormat().getFormat("@"));
            }
            if (n.endsWith("wrap")) {
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.TOP);
            }
            style.setFont(font);
            return style;
        });
    }

    /**
     * A text as a cell holds it: one longer than Excel's cell (32.767 characters; only a news body
     * may be) is cut and says so at its end, so that the cut is seen, in the sheet and once imported.
     */
    private String fit(String text) {
        if (text.length() <= CELL_TEXT) {
            return text;
        }
        String mark = " " + words.of("workbook.cut");
        return text.substring(0, CELL_TEXT - mark.length()) + mark;
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String columnLetter(int index) {
        return CellReference.convertNumToColString(index);
    }
}
