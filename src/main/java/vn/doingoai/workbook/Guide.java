package vn.doingoai.workbook;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet that explains a workbook: how rows are read (the example row, dates, numbers, lists,
 * formulas), then every column of every section sheet: its letter, heading, field name, whether it
 * is required, what it is and how to write it.
 */
final class Guide {

    /** The general notes, {@code workbook.guide.note.1} … in order. */
    private static final int NOTES = 9;

    private final SXSSFWorkbook workbook;
    private final Words words;
    private final Choices choices;
    private final Function<String, CellStyle> style;

    Guide(SXSSFWorkbook workbook, Words words, Choices choices, Function<String, CellStyle> style) {
        this.workbook = workbook;
        this.words = words;
        this.choices = choices;
        this.style = style;
    }

    void write(List<Sheet> sheets) {
        SXSSFSheet out = workbook.createSheet(words.of("workbook.guide.sheet"));
        int r = 0;
        cell(out.createRow(r++), 0, words.of("workbook.guide.title"), "title");
        for (int i = 1; i <= NOTES; i++) {
            cell(out.createRow(r++), 0, words.of("workbook.guide.note." + i), "text");
        }
        for (Sheet sheet : sheets) {
            r++;
            cell(out.createRow(r++), 0, words.of("workbook.guide.section", sheet.section()), "title");
            Row header = out.createRow(r++);
            String[] titles = {"column", "heading", "field", "required", "meaning", "form"};
            for (int c = 0; c < titles.length; c++) {
                cell(header, c, words.of("workbook.guide." + titles[c]), "header");
            }
            for (int c = 0; c < sheet.columns().size(); c++) {
                Column column = sheet.columns().get(c);
                Row row = out.createRow(r++);
                cell(row, 0, WorkbookWriter.columnLetter(c), "text");
                cell(row, 1, column.heading(), "text");
                cell(row, 2, column.path(), "text");
                cell(row, 3, words.of(column.required() ? "workbook.guide.yes" : "workbook.guide.no"), "text");
                cell(row, 4, meaning(sheet, column), "wrap");
                cell(row, 5, form(sheet, column), "wrap");
            }
        }
        int[] widths = {8, 40, 22, 10, 50, 70};
        for (int c = 0; c < widths.length; c++) {
            out.setColumnWidth(c, widths[c] * 256);
        }
    }

    private String meaning(Sheet sheet, Column column) {
        String help = words.first(
                "workbook." + sheet.section() + "." + column.path() + ".help", "workbook.help." + column.name());
        return help != null ? help : column.label();
    }

    /** How to write a value of the column. */
    String form(Sheet sheet, Column column) {
        if (column.kind() == Column.Kind.ROWS) {
            String parts = column.parts().stream()
                    .map(p -> p.label() + " (" + one(sheet, p) + ")")
                    .collect(Collectors.joining(column.separator()));
            String example = exampleLine(sheet, column);
            return words.of("workbook.form.rows", column.separator().strip(), parts, example);
        }
        String one = one(sheet, column);
        return column.list() ? one + " " + words.of("workbook.form.list") : one;
    }

    private String exampleLine(Sheet sheet, Column column) {
        Object example = new Examples(choices, words, "", java.time.LocalDate.of(2025, 3, 3)).of(sheet, column);
        String text = String.valueOf(example);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private String one(Sheet sheet, Column column) {
        return switch (column.kind()) {
            case TEXT -> column.maxLength() > 0
                    ? words.of("workbook.form.text", column.maxLength())
                    : words.of("workbook.form.anyText");
            case ENUM -> {
                List<String> options = choices.options(sheet, column);
                String codes = java.util.Arrays.stream(column.choices().getEnumConstants())
                        .map(Enum::name)
                        .collect(Collectors.joining(", "));
                yield words.of("workbook.form.enum", String.join("; ", options), codes);
            }
            case CODE -> words.of("workbook.form.code", String.join(", ", column.codes()));
            default -> words.of("workbook.form." + column.kind().name().toLowerCase(java.util.Locale.ROOT));
        };
    }

    private void cell(Row row, int column, String text, String styleName) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style.apply(styleName));
    }
}
