package vn.doingoai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.doingoai.money.VietnameseFormat;

/**
 * The summary as an Excel workbook: a sheet per area of the report with every figure it shows (its
 * value, the year before, the change and the plan, as numbers in Excel's own formats, which Excel
 * shows with the separators of its locale, and the unit of measure in words), a sheet of the figures'
 * lists, and a sheet of the records behind the figures, each linked to its page (absolute links).
 */
final class ExcelWorkbook {

    /** The records behind the figures of a report. */
    interface Records {
        List<RecordRow> rows(ReportDocuments.Report report);
    }

    /** A record behind a figure, and what it adds to it (null where a rate is missing). */
    record RecordRow(String key, FigureRecords.Line line, BigDecimal contribution, String measure, String unitName) {}

    private ExcelWorkbook() {}

    static byte[] write(
            ReportDocuments.Report report, ReportWriter writer, Records records, MessageSource messages, String base) {
        Locale locale = report.context().locale();
        Summary summary = report.summary();
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Map<ReportArea, List<String>> byArea = new EnumMap<>(ReportArea.class);
            List<String> others = new ArrayList<>();
            Map<String, ReportArea> areas = writer.areas(summary.figures().keySet());
            for (String key : summary.figures().keySet()) {
                ReportArea area = areas.get(key);
                if (area == null) {
                    others.add(key);
                } else {
                    byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(key);
                }
            }
            Map<String, List<String>> sheets = new LinkedHashMap<>();
            int n = 1;
            for (Map.Entry<ReportArea, List<String>> e : byArea.entrySet()) {
                sheets.put(
                        ReportBody.roman(n++) + ". " + text(messages, e.getKey().titleKey() + ".short", locale),
                        e.getValue());
            }
            if (!others.isEmpty()) {
                sheets.put(text(messages, "report.xlsx.others", locale), others);
            }
            List<String> columns = List.of(
                    "report.xlsx.key",
                    "report.figure",
                    "report.value",
                    "report.xlsx.measure",
                    "report.previousValue",
                    "report.xlsx.change",
                    "report.plan",
                    "report.xlsx.planShare");
            for (Map.Entry<String, List<String>> e : sheets.entrySet()) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(e.getKey()));
                Row info = sheet.createRow(0);
                LocalDate from = LocalDate.parse(summary.from());
                LocalDate to = LocalDate.parse(summary.to());
                info.createCell(0)
                        .setCellValue(summary.unit().name() + " · " + VietnameseFormat.date(from) + " – "
                                + VietnameseFormat.date(to));
                date(info.createCell(1), from, styles.date);
                date(info.createCell(2), to, styles.date);
                header(sheet.createRow(1), columns, styles.head, messages, locale);
                sheet.createFreezePane(0, 2);
                int r = 2;
                for (String key : e.getValue()) {
                    Summary.Figure f = summary.figure(key);
                    CellStyle number = styles.number(f.unit());
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(key);
                    row.createCell(1).setCellValue(text(messages, "figure." + key, locale, key));
                    number(row.createCell(2), f.value(), number);
                    row.createCell(3).setCellValue(measure(messages, f.unit(), locale));
                    number(row.createCell(4), f.previous(), number);
                    number(row.createCell(5), f.changePct(), styles.percent);
                    number(row.createCell(6), f.plan(), number);
                    number(row.createCell(7), f.planPct(), styles.percent);
                }
                widths(sheet, 24, 50, 18, 16, 18, 14, 18, 14);
            }
            lists(
                    book.createSheet(text(messages, "report.xlsx.lists", locale)),
                    summary,
                    styles,
                    messages,
                    locale,
                    base);
            records(
                    book.createSheet(text(messages, "report.xlsx.records", locale)),
                    records.rows(report),
                    styles,
                    messages,
                    locale,
                    base);
            if (!summary.warnings().isEmpty()) {
                Sheet warnings = book.createSheet(text(messages, "report.warnings", locale));
                for (int i = 0; i < summary.warnings().size(); i++) {
                    warnings.createRow(i)
                            .createCell(0)
                            .setCellValue(summary.warnings().get(i));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every figure with its value and a link to the list of its records. */
    private static void lists(
            Sheet sheet, Summary summary, Styles styles, MessageSource messages, Locale locale, String base) {
        header(
                sheet.createRow(0),
                List.of("report.xlsx.key", "report.figure", "report.value", "report.xlsx.measure", "report.xlsx.list"),
                styles.head,
                messages,
                locale);
        int r = 1;
        for (Map.Entry<String, Summary.Figure> e : summary.figures().entrySet()) {
            Summary.Figure f = e.getValue();
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(text(messages, "figure." + e.getKey(), locale, e.getKey()));
            number(row.createCell(2), f.value(), styles.number(f.unit()));
            row.createCell(3).setCellValue(measure(messages, f.unit(), locale));
            link(row.createCell(4), f.link() == null ? null : base + f.link(), f.link(), styles);
        }
        sheet.createFreezePane(0, 1);
        widths(sheet, 24, 50, 18, 16, 70);
    }

    /** The records behind the figures, each linked to its page. */
    private static void records(
            Sheet sheet, List<RecordRow> rows, Styles styles, MessageSource messages, Locale locale, String base) {
        header(
                sheet.createRow(0),
                List.of(
                        "report.xlsx.key",
                        "report.figure",
                        "report.drill.record",
                        "report.drill.date",
                        "report.unit",
                        "report.drill.note",
                        "report.drill.contribution",
                        "report.xlsx.measure"),
                styles.head,
                messages,
                locale);
        int r = 1;
        for (RecordRow record : rows) {
            FigureRecords.Line line = record.line();
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(record.key());
            row.createCell(1).setCellValue(text(messages, "figure." + record.key(), locale, record.key()));
            Cell title = row.createCell(2);
            if (line.link() == null) {
                title.setCellValue(line.title());
            } else {
                link(title, base + line.link(), line.title(), styles);
            }
            date(row.createCell(3), line.date(), styles.date);
            row.createCell(4).setCellValue(record.unitName());
            row.createCell(5).setCellValue(line.note() == null ? "" : text(messages, line.note(), locale, line.note()));
            number(row.createCell(6), record.contribution(), styles.number(record.measure()));
            row.createCell(7).setCellValue(measure(messages, record.measure(), locale));
        }
        sheet.createFreezePane(0, 1);
        widths(sheet, 24, 40, 60, 12, 10, 30, 18, 14);
    }

    /** Excel's own formats: Excel shows them with the separators of its locale (1.234,56 in Vietnamese). */
    private static final class Styles {
        final CellStyle head;
        final CellStyle count;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle link;

        Styles(XSSFWorkbook book) {
            head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            count = format(book, "#,##0");
            money = format(book, "#,##0.00");
            percent = format(book, "#,##0.00");
            date = format(book, "dd/mm/yyyy");
            link = book.createCellStyle();
            Font blue = book.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link.setFont(blue);
        }

        CellStyle number(String unit) {
            return unit != null && (FigureText.isMoney(unit) || "PERCENT".equals(unit) || "%".equals(unit))
                    ? money
                    : count;
        }

        private static CellStyle format(XSSFWorkbook book, String format) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            return style;
        }
    }

    private static void header(Row row, List<String> keys, CellStyle style, MessageSource messages, Locale locale) {
        for (int i = 0; i < keys.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(text(messages, keys.get(i), locale));
            cell.setCellStyle(style);
        }
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    private static void number(Cell cell, BigDecimal value, CellStyle format) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(format);
        }
    }

    private static void date(Cell cell, LocalDate value, CellStyle format) {
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(format);
        }
    }

    private static void link(Cell cell, String url, String label, Styles styles) {
        if (url == null) {
            cell.setCellValue("");
            return;
        }
        cell.setCellValue(label == null ? url : label);
        Hyperlink link = cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(url);
        cell.setHyperlink(link);
        cell.setCellStyle(styles.link);
    }

    /** A unit of measure in words: "đoàn", "người", "USD", "đồng". */
    static String measure(MessageSource messages, String unit, Locale locale) {
        return unit == null ? "" : messages.getMessage("report.measure." + unit, null, unit, locale);
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String text(MessageSource messages, String key, Locale locale, String otherwise) {
        return messages.getMessage(key, null, otherwise, locale);
    }
}
