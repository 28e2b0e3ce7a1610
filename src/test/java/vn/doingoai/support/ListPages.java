package vn.doingoai.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What every record list page does, checked the same way for each (as an admin). */
public final class ListPages {

    private ListPages() {}

    /** An htmx request of the list gets its results only: the rows, the total and the export, no page around them. */
    public static void answersHtmxWithItsResultsOnly(MockMvc mvc, String path) throws Exception {
        assertThat(page(mvc, get(path).header("HX-Request", "true")).strip())
                .as(path)
                .startsWith("<div id=\"results\">")
                .contains("id=\"list-total\"")
                .contains("format=xlsx")
                .doesNotContain("<html")
                .doesNotContain("id=\"filters\"");
    }

    /** The page of {@code path}, as an admin. */
    public static String page(MockMvc mvc, String path) throws Exception {
        return page(mvc, get(path));
    }

    private static String page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A date filter shows the day asked as dd/mm/yyyy, however it was typed. */
    public static String dateFilter(String name, String shown) {
        return "data-date id=\"" + name + "\" name=\"" + name + "\" value=\"" + shown + "\"";
    }

    /** The filters' reset link back to the whole list. */
    public static String reset(String listPath) {
        return "<a class=\"btn btn-link\" href=\"" + listPath + "\">Bỏ lọc</a>";
    }
}
