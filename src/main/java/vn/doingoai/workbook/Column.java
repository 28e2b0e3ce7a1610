package vn.doingoai.workbook;

import java.util.List;

/**
 * One column of a section's sheet: a field of the section's item type, or a part of one (an
 * amount's {@code capital.amount} and {@code capital.currency}). A list is one cell: simple values
 * comma-separated ({@code KR, JP}), records one per line with their parts separated by {@link
 * #separator()} ({@code Tên - Chức vụ - Cơ quan}).
 *
 * @param path the field's path in the item: {@code startDate}, {@code capital.amount}
 * @param label the heading's words, in the reader's language
 * @param kind what one value is
 * @param list whether the cell holds a list of such values
 * @param parts the parts of a list's records, in the order they are written on a line (else empty)
 * @param separator what separates the parts on a line
 * @param required whether the field must be given
 * @param maxLength the longest text allowed, 0 when not a text
 * @param choices the enumeration of an {@link Kind#ENUM} (else null)
 * @param refersTo the section whose records a {@link Kind#REFERENCE} names (else null)
 * @param codes the values a {@link Kind#CODE} may take (else empty)
 */
record Column(
        String path,
        String label,
        Kind kind,
        boolean list,
        List<Column> parts,
        String separator,
        boolean required,
        int maxLength,
        Class<? extends Enum<?>> choices,
        String refersTo,
        List<String> codes) {

    enum Kind {
        TEXT,
        DATE,
        NUMBER,
        INTEGER,
        BOOLEAN,
        ENUM,
        /** A text that is one of a few codes ({@code @Pattern(regexp = "vi|en")}): a language. */
        CODE,
        COUNTRY,
        UNIT,
        CURRENCY,
        REFERENCE,
        /** A list of records, one per line. */
        ROWS
    }

    /** The heading of row 1: {@code Ngày bắt đầu * [startDate]}. */
    String heading() {
        return label + (required ? " *" : "") + " [" + path + "]";
    }

    /** The last part of the path: {@code amount} of {@code capital.amount}. */
    String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Whether its cells offer a drop-down list. */
    boolean choosable() {
        return kind == Kind.ENUM
                || kind == Kind.CODE
                || kind == Kind.COUNTRY
                || kind == Kind.UNIT
                || kind == Kind.CURRENCY
                || (kind == Kind.REFERENCE && refersTo != null);
    }
}
