package vn.doingoai.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * For list templates: links to the same list with one parameter changed, keeping the filters:
 * {@code ${@listLinks.page(2)}}, {@code ${@listLinks.sort('startDate')}}, {@code
 * ${@listLinks.with('format', 'xlsx')}}, {@code ${@listLinks.size(50)}}.
 */
@Component("listLinks")
public class ListLinks {

    public String with(String name, Object value) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(name, value)
                .build()
                .encode()
                .toUriString();
    }

    public String page(int page) {
        return with("page", Math.max(page, 0));
    }

    /** The page numbers (from 0) the pager offers around the current page: two on each side. */
    public java.util.List<Integer> around(org.springframework.data.domain.Page<?> page) {
        int from = Math.max(0, page.getNumber() - 2);
        int to = Math.min(page.getTotalPages() - 1, page.getNumber() + 2);
        java.util.List<Integer> numbers = new java.util.ArrayList<>();
        for (int n = from; n <= to; n++) {
            numbers.add(n);
        }
        return numbers;
    }

    /** The same list with {@code size} rows a page, from its first page. */
    public String size(int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("size", size)
                .replaceQueryParam("page")
                .build()
                .encode()
                .toUriString();
    }

    /** Sorts by a field; a second click on the same field reverses the order. */
    public String sort(String field) {
        String current = ServletUriComponentsBuilder.fromCurrentRequest()
                .build()
                .getQueryParams()
                .getFirst("sort");
        String next = (field + ",asc").equals(current) ? field + ",desc" : field + ",asc";
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("sort", next)
                .replaceQueryParam("page")
                .build()
                .encode()
                .toUriString();
    }

    public String arrow(String field) {
        String current = ServletUriComponentsBuilder.fromCurrentRequest()
                .build()
                .getQueryParams()
                .getFirst("sort");
        if ((field + ",asc").equals(current)) {
            return " ▲";
        }
        if ((field + ",desc").equals(current)) {
            return " ▼";
        }
        return "";
    }
}
