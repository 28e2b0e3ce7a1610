package vn.doingoai.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The example row of a section's sheet: a value in the form of every field. A message {@code
 * workbook.<section>.<path>.example} (or {@code workbook.example.<field>}) gives it where a field
 * needs words of its own (members, a sector code, a period); else it follows from the field's kind.
 */
final class Examples {

    private final Choices choices;
    private final Words words;
    private final String unitShown;
    private final LocalDate day;

    Examples(Choices choices, Words words, String unitShown, LocalDate day) {
        this.choices = choices;
        this.words = words;
        this.unitShown = unitShown;
        this.day = day;
    }

    /** The example of a column: a date, a number, a boolean or a text. */
    Object of(Sheet sheet, Column column) {
        String given = words.first(
                "workbook." + sheet.section() + "." + column.path() + ".example", "workbook.example." + column.name());
        if (given != null) {
            return given;
        }
        if (column.kind() == Column.Kind.ROWS) {
            List<String> line = new ArrayList<>();
            for (Column part : column.parts()) {
                Object value = of(sheet, part);
                line.add(value instanceof LocalDate d ? d.format(Values.DAY) : String.valueOf(value));
            }
            String one = String.join(column.separator(), line);
            return one + "\n" + one;
        }
        if (column.list()) {
            List<String> options = choices.options(sheet, column);
            List<String> two = options.size() >= 2 ? options.subList(0, 2) : options;
            return two.isEmpty() ? words.of("workbook.example.list") : String.join(", ", two);
        }
        return switch (column.kind()) {
            case DATE -> later(column.name()) ? day.plusDays(4) : day;
            case NUMBER -> column.name().equals("amount") ? new BigDecimal("120000") : new BigDecimal("1234.5");
            case INTEGER -> new BigDecimal(3);
            case BOOLEAN -> Boolean.TRUE;
            case UNIT -> unitShown;
            case CURRENCY -> "USD";
            case CODE -> column.codes().get(0);
            case ENUM, COUNTRY, REFERENCE -> {
                List<String> options = choices.options(sheet, column);
                yield options.isEmpty() ? words.of("workbook.example.reference") : options.get(0);
            }
            default -> column.maxLength() > 0
                    ? words.of("workbook.example.text", column.maxLength())
                    : words.of("workbook.example.anyText");
        };
    }

    /** Whether a date closes a span ({@code endDate}, {@code validTo}, {@code closedOn}): shown after the others. */
    private static boolean later(String name) {
        return name.startsWith("end")
                || name.endsWith("To")
                || name.equals("to")
                || name.startsWith("closed")
                || name.startsWith("resolved")
                || name.startsWith("done");
    }
}
