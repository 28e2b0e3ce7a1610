package vn.doingoai.web;

import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A list page's table as {@code fragments/list :: table(${table})} shows it: the headings, the
 * rows with their texts in the page's language, and what to offer when the list is empty.
 *
 * @param titleKey the list's title (message key), named when the list is empty
 * @param path the list without filters (the "reset filters" link)
 * @param newLink the form of a new record, null when the user may not write
 * @param filtered whether a filter is set (the empty list then offers to reset it)
 */
public record ListTable(
        String titleKey,
        String path,
        String newLink,
        boolean filtered,
        List<Header> headers,
        List<Row> rows,
        Page<?> page) {

    /** A heading, with the link that sorts by it (null when the column does not sort). */
    public record Header(String label, String href, String arrow, boolean numeric) {}

    /** A row: the record's page and the cells. */
    public record Row(String link, List<Cell> cells) {}

    public record Cell(String text, boolean numeric) {}

    public boolean empty() {
        return rows.isEmpty();
    }
}
