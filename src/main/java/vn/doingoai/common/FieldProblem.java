package vn.doingoai.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem with one field of the input: {@code delegations[3].startDate}, "must not be empty".
 * A problem of a workbook's import also names its cell ({@code sheet}, {@code row} as Excel numbers
 * it, {@code column} letter); the other problems leave them out, in Java and in JSON alike.
 */
public record FieldProblem(
        String field,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sheet,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer row,
        @JsonInclude(JsonInclude.Include.NON_NULL) String column,
        String message) {

    public FieldProblem(String field, String message) {
        this(field, null, null, null, message);
    }

    /** The same problem at a cell of a workbook ({@code column} may be null: the whole row). */
    public FieldProblem at(String sheet, Integer row, String column) {
        return new FieldProblem(field, sheet, row, column, message);
    }

    /** The same problem, its message put in words. */
    public FieldProblem withMessage(String text) {
        return new FieldProblem(field, sheet, row, column, text);
    }

    /** The cell as Excel names it ({@code G4}), the row alone, or null when the problem has no place in a workbook. */
    public String cell() {
        if (row == null) {
            return null;
        }
        return (column == null ? "" : column) + row;
    }
}
