package vn.doingoai.document;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a multipart request that is too large ({@code spring.servlet.multipart.*}: 50 MB a file,
 * 51 MB a request) or malformed pass the filters without breaking them. The security filters read
 * request parameters (the CSRF token, the request saved before a login), and reading the
 * parameters of such a request throws inside the filters, which gave a 500 with a stack trace.
 * Here a body that cannot be read has only the parameters of its query string; the request then
 * reaches its answer by the usual rules: 401 when nobody is signed in, else 413 (or 400 for a
 * malformed body) when the controller's upload is resolved.
 */
@Component
@Order(UploadLimits.ORDER)
class UploadLimits extends OncePerRequestFilter {

    /** Before Spring Security's filters (order -100), after the session's. */
    static final int ORDER = -110;

    /** The error page of such a request reads its parameters too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        chain.doFilter(multipart ? new TolerantParameters(request) : request, response);
    }

    /** A multipart request whose parameters fall back to its query string when its body cannot be read. */
    static final class TolerantParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> queryOnly;

        TolerantParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (queryOnly == null) {
                try {
                    return super.getParameterMap();
                } catch (RuntimeException unreadableBody) {
                    queryOnly = Collections.unmodifiableMap(queryParameters(getQueryString()));
                }
            }
            return queryOnly;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        static Map<String, String[]> queryParameters(String query) {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            if (query == null || query.isEmpty()) {
                return parameters;
            }
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                parameters.merge(name, new String[] {value}, (a, b) -> {
                    String[] both = java.util.Arrays.copyOf(a, a.length + 1);
                    both[a.length] = b[0];
                    return both;
                });
            }
            return parameters;
        }

        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return text;
            }
        }
    }
}
