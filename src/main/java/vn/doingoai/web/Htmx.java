package vn.doingoai.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx requests get a fragment of the same template. */
public final class Htmx {

    private Htmx() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** {@code view} for a full page, {@code view :: fragment} for an htmx request. */
    public static String view(HttpServletRequest request, String view, String fragment) {
        return isHtmx(request) ? view + " :: " + fragment : view;
    }
}
