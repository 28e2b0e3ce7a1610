package vn.doingoai.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import vn.doingoai.config.DataVersion;
import vn.doingoai.user.Access;
import vn.doingoai.user.CurrentUser;

/**
 * The answers marked {@link KeptAnswer} (lists and a record's page, in HTML and through the API; the
 * dashboard, the report page, the national view, the summary) given again to the same signed-in
 * user without reading and rendering them again, as long as nothing was written: an answer is kept
 * under the user (name, role, unit), its address as sent, its language (and the languages the
 * client accepts), htmx or not, the day and the {@linkplain DataVersion data version}. A write raises
 * the version in its own transaction, so the very next request of any page renders it afresh: the
 * figures never lag the records. Fifty officers reading their lists at once cost a look-up each
 * instead of a query and a rendering each.
 *
 * <p>Runs after the security filters (the request is signed in and allowed) and keeps only an
 * answer 200 in HTML or JSON of a marked handler, never one that shows a message of the previous request
 * (flash attributes). What differs per answer is made again: the CSRF token, masked anew for each
 * answer (BREACH), is put back in place of the one the page was rendered with; {@code ?lang=}
 * sets the language cookie as the locale interceptor does.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class KeptAnswers extends OncePerRequestFilter {

    private static final String FLASH = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
    private static final List<String> NEVER =
            List.of("/p/", "/webjars/", "/css/", "/js/", "/img/", "/actuator", "/v3/", "/swagger", "/login");
    private static final List<String> KEPT_TYPES = List.of("text/html", "application/json");

    /** What an answer depends on. */
    record Key(
            CurrentUser user,
            String uri,
            String query,
            Locale locale,
            String languages,
            String htmx,
            LocalDate day,
            long version) {}

    /** An answer's body cut where the CSRF token stood, its content type and language. */
    record Kept(List<byte[]> parts, String contentType, Locale locale) {
        int length() {
            return parts.stream().mapToInt(p -> p.length).sum();
        }
    }

    /**
     * Registered in {@link WebConfig}: the handler of a {@link KeptAnswer} has its answer captured, before
     * it writes any of it. Other answers (downloads, exports) pass through untouched.
     */
    static final HandlerInterceptor MARK = new HandlerInterceptor() {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Capture capture = WebUtils.getNativeResponse(response, Capture.class);
            if (capture != null
                    && handler instanceof HandlerMethod method
                    && (method.hasMethodAnnotation(KeptAnswer.class)
                            || method.getBeanType().isAnnotationPresent(KeptAnswer.class))) {
                capture.capture();
            }
            return true;
        }
    };

    /** The answer passed through, or captured once {@link #MARK} found a kept page's handler. */
    static final class Capture extends HttpServletResponseWrapper {
        private ContentCachingResponseWrapper captured;

        Capture(HttpServletResponse response) {
            super(response);
        }

        void capture() {
            captured = new ContentCachingResponseWrapper((HttpServletResponse) getResponse());
            setResponse(captured);
        }
    }

    private final Cache<Key, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(48L << 20)
            .<Key, Kept>weigher((key, answer) -> answer.length() + 64)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    private final DataVersion version;
    private final Access access;
    private final LocaleResolver locales;

    /** Lazy: a filter is made with the web server, before the database and the persistence unit. */
    KeptAnswers(@Lazy DataVersion version, @Lazy Access access, LocaleResolver locales) {
        this.version = version;
        this.access = access;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod())
                || NEVER.stream().anyMatch(path::startsWith)
                || showsAMessage(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key = key(request);
        Kept hit = key == null ? null : kept.getIfPresent(key);
        if (hit != null) {
            replay(hit, request, response);
            return;
        }
        Capture capture = new Capture(response);
        boolean done = false;
        try {
            chain.doFilter(request, capture);
            done = true;
        } finally {
            ContentCachingResponseWrapper answer = capture.captured;
            if (answer != null) {
                if (done && key != null && keepable(answer)) {
                    kept.put(
                            key,
                            new Kept(
                                    cut(answer.getContentAsByteArray(), token(request)),
                                    answer.getContentType(),
                                    answer.getLocale()));
                }
                answer.copyBodyToResponse();
            }
        }
    }

    private static boolean keepable(ContentCachingResponseWrapper answer) {
        return answer.getStatus() == HttpServletResponse.SC_OK
                && answer.getContentType() != null
                && KEPT_TYPES.stream().anyMatch(answer.getContentType()::startsWith);
    }

    /** The key of a signed-in request; null for anyone else. */
    private Key key(HttpServletRequest request) {
        CurrentUser user;
        try {
            user = access.current();
        } catch (RuntimeException notSignedIn) {
            return null;
        }
        return new Key(
                user,
                request.getRequestURI(),
                request.getQueryString(),
                locale(request),
                request.getHeader("Accept-Language"),
                htmx(request),
                LocalDate.now(),
                version.current());
    }

    /** A whole page, an htmx fragment, or the page htmx asks again to restore its history. */
    private static String htmx(HttpServletRequest request) {
        if (request.getHeader("HX-History-Restore-Request") != null) {
            return "restore";
        }
        return Htmx.isHtmx(request) ? "fragment" : "page";
    }

    /** The page's language: {@code ?lang=} if readable, else the cookie's. */
    private Locale locale(HttpServletRequest request) {
        return Languages.asked(request).orElseGet(() -> locales.resolveLocale(request));
    }

    /** A message left by the previous request (after a save) waits in the session, or is handed over already. */
    private static boolean showsAMessage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return request.getAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE) != null
                || session != null && session.getAttribute(FLASH) instanceof Collection<?> maps && !maps.isEmpty();
    }

    private static String token(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token.getToken() : null;
    }

    /** The body in parts around each place of the token it was rendered with. */
    static List<byte[]> cut(byte[] body, String token) {
        if (token == null || token.isEmpty()) {
            return List.of(body);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, from)) {
            parts.add(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + token.length();
        }
        parts.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return List.copyOf(parts);
    }

    private void replay(Kept hit, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Languages.rememberAsked(locales, request, response);
        byte[] token = hit.parts().size() > 1 ? token(request).getBytes(StandardCharsets.UTF_8) : new byte[0];
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(hit.contentType());
        response.setLocale(hit.locale());
        response.setContentLength(hit.length() + token.length * (hit.parts().size() - 1));
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < hit.parts().size(); i++) {
            if (i > 0) {
                out.write(token);
            }
            out.write(hit.parts().get(i));
        }
    }
}
