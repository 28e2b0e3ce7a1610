package vn.doingoai.web;

/**
 * Where a record type's pages find their templates and history.
 *
 * @param views the templates' folder ({@code event}: {@code event/list}, {@code event/detail}, {@code event/form})
 * @param history the record's history type ({@code event})
 * @param messages the prefix of the module's messages, for the history in words ({@code event})
 */
public record PageType(String views, String history, String messages) {

    /** A type whose templates, history and messages share its name. */
    public static PageType of(String name) {
        return new PageType(name, name, name);
    }
}
