package vn.doingoai.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML as it streams past (SAX), one row at a time, and hands each row's cells
 * to a {@link Listener}: the whole sheet is never held in memory. A cell is what Excel stored: a
 * text, a number, a date (a number whose format is a date's), a boolean, an error, or a formula's
 * cached value; a formula is never evaluated, and one without a cached value says so.
 */
final class SheetRows extends DefaultHandler {

    /** Longer texts are cut here (Excel keeps at most 32,767 characters in a cell). */
    private static final int MAX_TEXT = 32_768;

    enum Type {
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN,
        ERROR,
        /** A formula whose value was never computed and stored (written by a program, not by Excel). */
        UNCOMPUTED
    }

    /** A cell as stored: its column (0-based), its kind, its value as text (a date in ISO, a number plain). */
    record Raw(int column, Type type, String text, boolean formula) {

        String letter() {
            return CellReference.convertNumToColString(column);
        }

        boolean blank() {
            return type == Type.TEXT && text.isBlank();
        }
    }

    interface Listener {
        /** The sheet's used range ends at this row (from its {@code <dimension>}). */
        default void dimension(int lastRow) {}

        /** A row (numbered as Excel shows it), with its cells that hold something. */
        void row(int number, List<Raw> cells);
    }

    private final SharedStrings strings;
    private final StylesTable styles;
    private final Listener listener;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder value = new StringBuilder();

    private List<Raw> cells = new ArrayList<>();
    private int row;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean hasValue;
    private boolean collecting;

    SheetRows(SharedStrings strings, StylesTable styles, Listener listener) {
        this.strings = strings;
        this.styles = styles;
        this.listener = listener;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "dimension" -> dimension(attributes.getValue("ref"));
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : new CellReference(r).getCol();
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? -1 : Integer.parseInt(s);
                formula = false;
                hasValue = false;
                value.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> {
                collecting = true;
                hasValue = true;
            }
            case "t" -> {
                if ("inlineStr".equals(type)) {
                    collecting = true;
                    hasValue = true;
                }
            }
            default -> {
                // other elements (formats, merged cells, the rich text's runs) hold nothing to read
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting && value.length() < MAX_TEXT) {
            value.append(ch, start, Math.min(length, MAX_TEXT - value.length()));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v", "t" -> collecting = false;
            case "c" -> {
                Raw cell = cell();
                if (cell != null) {
                    cells.add(cell);
                }
            }
            case "row" -> listener.row(row, cells);
            default -> {
                // nothing to do
            }
        }
    }

    private Raw cell() {
        String text = value.toString();
        if (!hasValue) {
            return formula ? new Raw(column, Type.UNCOMPUTED, "", true) : null;
        }
        if (type == null || type.equals("n")) {
            if (text.isBlank()) {
                return null;
            }
            if (isDate(style)) {
                java.time.LocalDateTime date = DateUtil.getLocalDateTime(Double.parseDouble(text));
                if (date != null) {
                    return new Raw(column, Type.DATE, date.toLocalDate().toString(), formula);
                }
            }
            return new Raw(column, Type.NUMBER, new BigDecimal(text).toPlainString(), formula);
        }
        return switch (type) {
            case "s" -> new Raw(
                    column,
                    Type.TEXT,
                    strings.getItemAt(Integer.parseInt(text.trim())).getString(),
                    formula);
            case "b" -> new Raw(column, Type.BOOLEAN, "1".equals(text.trim()) ? "TRUE" : "FALSE", formula);
            case "e" -> new Raw(column, Type.ERROR, text, formula);
            case "d" -> new Raw(column, Type.DATE, text.length() >= 10 ? text.substring(0, 10) : text, formula);
            default -> new Raw(column, Type.TEXT, text, formula); // str, inlineStr
        };
    }

    private boolean isDate(int index) {
        if (index < 0 || styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    private void dimension(String ref) {
        if (ref == null) {
            return;
        }
        String last = ref.substring(ref.indexOf(':') + 1);
        try {
            listener.dimension(new CellReference(last).getRow() + 1);
        } catch (RuntimeException e) {
            // an unreadable dimension only makes the progress less exact
        }
    }

    private static String name(String localName, String qName) {
        return localName == null || localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
    }
}
