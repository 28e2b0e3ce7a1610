package vn.doingoai.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The summary as an Excel workbook: one sheet per section with every figure, the year before, the
 * change and the plan, and a last sheet listing every figure with a link to the records behind it.
 */
final class ExcelWorkbook {

    private ExcelWorkbook() {}

    static byte[] write(Summary summary, Function<String, String> label, String baseUrl) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = book.createCellStyle();
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle amount = book.createCellStyle();
            amount.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            List<String> columns = List.of(
                    "Mã số liệu",
                    "Chỉ tiêu",
                    "Giá trị",
                    "Đơn vị tính",
                    "Cùng kỳ",
                    "Tăng/giảm (%)",
                    "Kế hoạch",
                    "% kế hoạch");
            for (ReportSection section : ReportSection.values()) {
                XSSFSheet sheet = book.createSheet(section.numeral() + ". " + shortTitle(section));
                Row info = sheet.createRow(0);
                info.createCell(0)
                        .setCellValue(summary.unit().name() + " · " + day(summary.from()) + " – " + day(summary.to()));
                header(sheet.createRow(1), columns, head);
                sheet.createFreezePane(0, 2);
                int r = 2;
                for (Map.Entry<String, Summary.Figure> e : summary.figures().entrySet()) {
                    if (FigureKeys.sectionOf(e.getKey()) != section) {
                        continue;
                    }
                    Summary.Figure f = e.getValue();
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(e.getKey());
                    row.createCell(1).setCellValue(label.apply(e.getKey()));
                    number(row.createCell(2), f.value(), amount);
                    row.createCell(3).setCellValue(f.unit() == null ? "" : f.unit());
                    number(row.createCell(4), f.previous(), amount);
                    number(row.createCell(5), f.changePct(), amount);
                    number(row.createCell(6), f.plan(), amount);
                    number(row.createCell(7), f.planPct(), amount);
                }
                for (int c = 0; c < columns.size(); c++) {
                    sheet.setColumnWidth(c, c == 1 ? 50 * 256 : 18 * 256);
                }
            }
            XSSFSheet sources = book.createSheet("Nguồn số liệu");
            header(sources.createRow(0), List.of("Mã số liệu", "Chỉ tiêu", "Giá trị", "Đơn vị tính", "Hồ sơ"), head);
            int r = 1;
            for (Map.Entry<String, Summary.Figure> e : summary.figures().entrySet()) {
                Summary.Figure f = e.getValue();
                Row row = sources.createRow(r++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(label.apply(e.getKey()));
                number(row.createCell(2), f.value(), amount);
                row.createCell(3).setCellValue(f.unit() == null ? "" : f.unit());
                row.createCell(4).setCellValue(f.link() == null ? "" : baseUrl + f.link());
            }
            sources.createFreezePane(0, 1);
            sources.setColumnWidth(1, 50 * 256);
            sources.setColumnWidth(2, 18 * 256);
            sources.setColumnWidth(4, 70 * 256);
            if (!summary.warnings().isEmpty()) {
                XSSFSheet warnings = book.createSheet("Cảnh báo");
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

    private static String shortTitle(ReportSection section) {
        return switch (section) {
            case POLITICAL -> "Chính trị, hợp tác";
            case ECONOMIC -> "Kinh tế";
            case AID -> "Viện trợ PCPNN";
            case CONSULAR -> "Lãnh sự, đoàn ra vào";
        };
    }

    private static void header(Row row, List<String> names, CellStyle style) {
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(style);
        }
    }

    private static void number(Cell cell, BigDecimal value, CellStyle format) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(format);
        }
    }

    /** An ISO date of the summary as the pages write it: {@code 30/09/2021}. */
    private static String day(String iso) {
        return vn.doingoai.money.VietnameseFormat.date(java.time.LocalDate.parse(iso));
    }
}
