package vn.doingoai.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import vn.doingoai.common.NumberInput;

/**
 * What a cell shows for a value of the document: a date as a date, a number as a number (as
 * Vietnamese text when a binary number would round it), an enumeration, a unit, a country or a
 * partner by its name, a list comma-separated, a list of records one per line.
 */
final class Values {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A double keeps 15 significant digits exactly. */
    private static final int EXACT_DIGITS = 15;

    private Values() {}

    static Object shown(Sheet sheet, Column column, JsonNode value, Choices choices) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (column.kind() == Column.Kind.ROWS) {
            List<String> lines = new ArrayList<>();
            value.forEach(element -> lines.add(line(sheet, column, element, choices)));
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
        if (column.list()) {
            List<String> values = new ArrayList<>();
            value.forEach(element -> values.add(text(sheet, column, element, choices)));
            return values.isEmpty() ? null : String.join(", ", values);
        }
        return switch (column.kind()) {
            case DATE -> LocalDate.parse(value.asString());
            case NUMBER, INTEGER -> {
                BigDecimal number = value.decimalValue().stripTrailingZeros();
                yield number.precision() <= EXACT_DIGITS ? number : NumberInput.print(number);
            }
            case BOOLEAN -> value.asBoolean();
            default -> text(sheet, column, value, choices);
        };
    }

    /** One record of a list as a line: its parts in order, separated, without the empty ones at its end. */
    static String line(Sheet sheet, Column rows, JsonNode element, Choices choices) {
        List<String> parts = new ArrayList<>();
        for (Column part : rows.parts()) {
            JsonNode value =
                    WorkbookWriter.at(element, part.path().substring(rows.path().length() + 1));
            parts.add(value == null ? "" : text(sheet, part, value, choices));
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts.stream().collect(Collectors.joining(rows.separator()));
    }

    /** A value as text, the way a person writes it in a cell. */
    static String text(Sheet sheet, Column column, JsonNode value, Choices choices) {
        if (value == null || value.isNull()) {
            return "";
        }
        return switch (column.kind()) {
            case DATE -> LocalDate.parse(value.asString()).format(DAY);
            case NUMBER, INTEGER -> NumberInput.print(value.decimalValue());
            case BOOLEAN -> value.asBoolean() ? "TRUE" : "FALSE";
            case ENUM, COUNTRY, UNIT, REFERENCE -> choices.show(sheet, column, value.asString());
            default -> value.isNumber() ? NumberInput.printPlain(value.decimalValue()) : value.asString();
        };
    }
}
