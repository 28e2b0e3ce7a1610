package vn.doingoai.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;

/**
 * The one declaration of a record type's list: its title, where the list lives, the name of its
 * Excel file, the page of each row and the columns. It drives both the list page's table
 * ({@code fragments/list :: table}) and the Excel export, through {@link ListPages}. A module
 * declares it once, next to its page controller:
 *
 * <pre>{@code
 * static final ListColumns<PartnerData> LIST = ListColumns.of("nav.partners", "/partners", "doi-tac.xlsx",
 *         p -> "/partners/" + p.id(), List.of(Column.text("partner.name", "name", PartnerData::name), ...));
 * }</pre>
 *
 * @param titleKey the message key of the list's title (also the Excel sheet's name)
 * @param path the list's address; {@code path + "/new"} is the form of a new record
 * @param fileName the Excel file's name
 * @param link the page of a row (the first column on the page links to it)
 * @param columns the columns, in order
 * @param order the page's order when the request asks for none ({@link #sorted})
 * @param exportOrder the export's order when the request asks for none
 */
public record ListColumns<T>(
        String titleKey,
        String path,
        String fileName,
        Function<? super T, String> link,
        List<Column<T>> columns,
        Sort order,
        Sort exportOrder) {

    public ListColumns {
        columns = List.copyOf(columns);
    }

    public static <T> ListColumns<T> of(
            String titleKey, String path, String fileName, Function<? super T, String> link, List<Column<T>> columns) {
        return new ListColumns<>(titleKey, path, fileName, link, columns, Sort.unsorted(), Sort.unsorted());
    }

    /** The same list, ordered so on its page and in its export when the request asks for no order. */
    public ListColumns<T> sorted(Sort page, Sort export) {
        return new ListColumns<>(titleKey, path, fileName, link, columns, page, export);
    }
}
