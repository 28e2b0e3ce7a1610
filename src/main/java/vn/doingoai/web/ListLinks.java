package vn.doingoai.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * For list templates: links to the same list with one parameter changed, keeping the filters:
 * {@code ${@listLinks.page(2)}}, {@code ${@listLinks.sort('startDate')}}, {@code
 * ${@listLinks.with('format', 'xlsx')}}.
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
