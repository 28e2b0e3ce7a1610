package vn.doingoai.workbook;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NumberInput;
import vn.doingoai.common.Text;

/**
 * Reads a cell into the value of the document: a date from an Excel date or {@code dd/mm/yyyy}
 * (ISO too), a number from an Excel number or the Vietnamese text {@code 1.234,5} ({@link
 * NumberInput}), an enumeration, unit or country from its name or code ({@link Choices}), a list
 * comma-separated, a list of records one per line. A value that cannot be read is a problem at
 * its cell and is left out of the document.
 */
final class CellReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(T.*)?");
    private static final Pattern LIST = Pattern.compile("[,;\\n]");
    /** A hyphen standing alone between words separates the parts of a line: {@code Tên - Chức vụ}. */
    private static final Pattern HYPHEN = Pattern.compile("(?<!\\S)-(?!\\S)");
    /** Excel's serial numbers of 1 January 1950 and 31 December 2100: a plain number read as a date. */
    private static final int FIRST_SERIAL = 18_264;

    private static final int LAST_SERIAL = 73_415;

    private final Choices choices;
    private final Words words;

    CellReader(Choices choices, Words words) {
        this.choices = choices;
        this.words = words;
    }

    /** A problem at a cell: the path below the item, and the message in words. */
    record Problem(String path, String message) {}

    /** A reference to another section's record, read once the workbook's own records of that section are known. */
    record Pending(ObjectNode parent, String key, Sheet sheet, Column column, String text) {}

    /** Puts a cell's value into the item, at the column's path. */
    void put(
            Sheet sheet,
            Column column,
            SheetRows.Raw cell,
            ObjectNode item,
            List<Problem> problems,
            List<Pending> pending) {
        if (cell.type() == SheetRows.Type.ERROR) {
            problems.add(new Problem(column.path(), words.of("workbook.cell.error", cell.text())));
            return;
        }
        if (cell.type() == SheetRows.Type.UNCOMPUTED) {
            problems.add(new Problem(column.path(), words.of("workbook.formula.noValue")));
            return;
        }
        if (cell.blank()) {
            return;
        }
        ObjectNode parent = parent(item, column.path());
        String text = text(cell);
        if (column.kind() == Column.Kind.REFERENCE) {
            pending.add(new Pending(parent, column.name(), sheet, column, text.strip()));
            return;
        }
        JsonNode value = column.kind() == Column.Kind.ROWS
                ? rows(sheet, column, text, problems)
                : column.list()
                        ? list(sheet, column, text, column.path(), problems)
                        : one(sheet, column, cell, column.path(), problems);
        if (value != null && !(value.isArray() && value.isEmpty())) {
            parent.set(column.name(), value);
        }
    }

    /** Reads a reference once the workbook's records it may name are known. */
    void resolve(Pending reference) {
        Column column = reference.column();
        JsonNode value = column.list()
                ? list(reference.sheet(), column, reference.text(), column.path(), new ArrayList<>())
                : NODES.stringNode(choices.read(reference.sheet(), column, reference.text())
                        .orElse(reference.text()));
        reference.parent().set(reference.key(), value);
    }

    private JsonNode one(Sheet sheet, Column column, SheetRows.Raw cell, String path, List<Problem> problems) {
        String text = text(cell).strip();
        try {
            return switch (column.kind()) {
                case DATE -> NODES.stringNode(date(cell).toString());
                case NUMBER -> NODES.numberNode(number(cell));
                case INTEGER -> NODES.numberNode(whole(cell));
                case BOOLEAN -> NODES.booleanNode(bool(text));
                case ENUM -> NODES.stringNode(choices.read(sheet, column, text)
                        .orElseThrow(() -> new Unreadable(words.of(
                                "workbook.choice.unknown", text, String.join("; ", choices.options(sheet, column))))));
                case CODE, UNIT, COUNTRY, CURRENCY, REFERENCE -> NODES.stringNode(
                        choices.read(sheet, column, text).orElse(text));
                default -> NODES.stringNode(
                        cell.type() == SheetRows.Type.TEXT ? cell.text().strip() : text);
            };
        } catch (Unreadable e) {
            problems.add(new Problem(path, e.getMessage()));
        } catch (NumberInput.Refused e) {
            problems.add(new Problem(path, words.of(e.key())));
        } catch (InvalidInputException e) {
            problems.add(new Problem(path, words.of(e.problems().get(0).message())));
        }
        return null;
    }

    /**
     * A list written comma-separated (or one per line). Names that hold a comma themselves ("Giáo
     * dục, đào tạo") are found by trying the longest run of pieces that names a value first.
     */
    private ArrayNode list(Sheet sheet, Column column, String text, String path, List<Problem> problems) {
        List<String> pieces = new ArrayList<>();
        for (String piece : LIST.split(text)) {
            if (!piece.isBlank()) {
                pieces.add(piece.strip());
            }
        }
        ArrayNode values = NODES.arrayNode();
        int i = 0;
        while (i < pieces.size()) {
            int end = i;
            if (column.choosable() && column.kind() != Column.Kind.CURRENCY) {
                for (int j = pieces.size() - 1; j > i; j--) {
                    if (choices.read(sheet, column, String.join(", ", pieces.subList(i, j + 1)))
                            .isPresent()) {
                        end = j;
                        break;
                    }
                }
            }
            String piece = String.join(", ", pieces.subList(i, end + 1));
            JsonNode value = one(sheet, column, textCell(piece), path + "[" + values.size() + "]", problems);
            values.add(value == null ? NODES.stringNode(piece) : value);
            i = end + 1;
        }
        return values;
    }

    /** A list of records, one per line, its parts separated by ";" (or by a hyphen between spaces). */
    private ArrayNode rows(Sheet sheet, Column column, String text, List<Problem> problems) {
        ArrayNode rows = NODES.arrayNode();
        for (String line : text.split("\\r?\\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = parts(column, line);
            ObjectNode element = NODES.objectNode();
            for (int p = 0; p < parts.length; p++) {
                Column part = column.parts().get(p);
                String relative = part.path().substring(column.path().length() + 1);
                if (parts[p].isBlank()) {
                    continue;
                }
                String path = column.path() + "[" + rows.size() + "]." + relative;
                JsonNode value = part.list()
                        ? list(sheet, part, parts[p], path, problems)
                        : one(sheet, part, textCell(parts[p]), path, problems);
                if (value != null) {
                    parent(element, relative).set(part.name(), value);
                }
            }
            rows.add(element);
        }
        return rows;
    }

    /**
     * A line's parts, separated by ";" (or by a hyphen between spaces). A separator inside a text
     * belongs to the line's widest text part: the pieces after it that cannot be the next part (a
     * date part that is no date) or that are one too many are that text's ({@code NV-01; Sở Ngoại vụ;
     * Đón đoàn; làm việc với đối tác; 30/09/2025} is a task titled «Đón đoàn; làm việc với đối tác»).
     * Without such a part the last one takes what is too many.
     */
    private static String[] parts(Column column, String line) {
        int count = column.parts().size();
        boolean semicolons = line.contains(";");
        List<String> pieces = new ArrayList<>(List.of(semicolons ? line.split(";", -1) : HYPHEN.split(line, -1)));
        int wide = widestText(column);
        int into = wide >= 0 ? wide : count - 1;
        while (pieces.size() > into + 1
                && (pieces.size() > count
                        || (wide >= 0 && !fits(column.parts().get(into + 1), pieces.get(into + 1))))) {
            pieces.set(into, pieces.get(into) + (semicolons ? ";" : "-") + pieces.remove(into + 1));
        }
        return pieces.toArray(String[]::new);
    }

    /** Whether a piece of a line may be the value of a part: a date part takes only a date. */
    private static boolean fits(Column part, String piece) {
        String text = piece.strip();
        return switch (part.kind()) {
            case DATE -> text.isEmpty()
                    || DAY_MONTH_YEAR.matcher(text).matches()
                    || ISO.matcher(text).matches();
            case NUMBER, INTEGER -> text.isEmpty() || number(text);
            default -> true;
        };
    }

    private static boolean number(String text) {
        try {
            NumberInput.parse(text);
            return true;
        } catch (NumberInput.Refused e) {
            return false;
        }
    }

    /** The one text part of a line that may be longer than every other, or -1 when none is. */
    private static int widestText(Column column) {
        int widest = -1;
        int longest = 0;
        boolean tie = false;
        for (int p = 0; p < column.parts().size(); p++) {
            Column part = column.parts().get(p);
            if (part.kind() != Column.Kind.TEXT || part.list() || part.maxLength() < longest) {
                continue;
            }
            tie = part.maxLength() == longest;
            if (!tie) {
                widest = p;
                longest = part.maxLength();
            }
        }
        return tie ? -1 : widest;
    }

    private LocalDate date(SheetRows.Raw cell) {
        String text = cell.text().strip();
        try {
            if (cell.type() == SheetRows.Type.DATE) {
                return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
            }
            if (cell.type() == SheetRows.Type.NUMBER) {
                BigDecimal serial = new BigDecimal(text);
                if (serial.stripTrailingZeros().scale() <= 0
                        && serial.intValue() >= FIRST_SERIAL
                        && serial.intValue() <= LAST_SERIAL) {
                    return DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate();
                }
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            if (dmy.matches()) {
                return LocalDate.of(
                        Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            }
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // not a day of the calendar: said below
        }
        throw new Unreadable(words.of("workbook.date.unreadable", text));
    }

    private BigDecimal number(SheetRows.Raw cell) {
        if (cell.type() == SheetRows.Type.NUMBER) {
            return plain(new BigDecimal(cell.text()));
        }
        if (cell.type() != SheetRows.Type.TEXT) {
            throw new Unreadable(words.of("number.unreadable"));
        }
        return plain(NumberInput.parse(cell.text()));
    }

    private long whole(SheetRows.Raw cell) {
        BigDecimal number = number(cell);
        if (number.scale() > 0) {
            throw new Unreadable(words.of("number.whole"));
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable(words.of("number.tooLarge"));
        }
    }

    private boolean bool(String text) {
        String folded = Text.fold(text);
        if (List.of("co", "x", "true", "yes", "1", "dung").contains(folded)) {
            return true;
        }
        if (List.of("khong", "false", "no", "0", "sai").contains(folded)) {
            return false;
        }
        throw new Unreadable(words.of("workbook.boolean.unreadable", text));
    }

    /** A number without trailing zeros nor an exponent: {@code 120000}, {@code 1234.5}. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    /** What a cell holds, as text: a date as {@code dd/mm/yyyy}, a number plain. */
    private static String text(SheetRows.Raw cell) {
        return switch (cell.type()) {
            case DATE -> LocalDate.parse(cell.text()).format(Values.DAY);
            case NUMBER -> plain(new BigDecimal(cell.text())).toPlainString();
            default -> cell.text();
        };
    }

    private static SheetRows.Raw textCell(String text) {
        return new SheetRows.Raw(-1, SheetRows.Type.TEXT, text.strip(), false);
    }

    /** The object that holds a path's last part: the item itself, or its {@code capital} for {@code capital.amount}. */
    static ObjectNode parent(ObjectNode item, String path) {
        ObjectNode node = item;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            ObjectNode object;
            if (child instanceof ObjectNode existing) {
                object = existing;
            } else {
                object = NODES.objectNode();
                node.set(parts[i], object);
            }
            node = object;
        }
        return node;
    }

    /** A value that cannot be read, with the words that say why. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
