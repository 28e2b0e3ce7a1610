package vn.doingoai.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import vn.doingoai.web.Languages;

/**
 * The public pages' answers given again as they were, before the session, the security filters and
 * the dispatcher: a {@code GET} of a public address whose answer came from the page cache ({@link
 * PublicPages}) is kept here under its exact address (path and query as sent), the site's origin,
 * the day and the stamps read for it ({@link PublicStamps}), with the status, body and headers the
 * whole chain gave it (the security headers and Content-Security-Policy included; never a cookie).
 * The next {@code GET} of that address under the same stamps gets them again, with no work but a
 * look-up; a write renews a stamp, so its next request goes through the whole chain again.
 *
 * <p>Only what the whole chain answered is given again: an address it refused or did not take from
 * the page cache (a 404 of an unknown province, a news picture) is never kept. A visitor's language
 * cookie ({@code ?lang=en}) is set by the application's {@link LocaleResolver}, as the whole chain
 * does. {@code If-None-Match} with the page's entity tag answers 304 Not Modified. An answer given
 * again is not observed as a request of the server's metrics ({@code http.server.requests}, not
 * exposed: the actuator shows only {@code health}); timing it cost a fifth of its time.
 */
@Component
// First: before the request's observation (HIGHEST_PRECEDENCE + 1), the session (+ 50) and the security filters.
@Order(Ordered.HIGHEST_PRECEDENCE)
class CachedResponses extends OncePerRequestFilter {

    /** The request attribute under which {@link PublicSite} leaves the answer it took from the page cache. */
    static final String RENDERED = CachedResponses.class.getName() + ".rendered";

    /** Headers of the whole chain's answer that are not given again (per answer, or a visitor's own). */
    static final Set<String> NOT_REPLAYED = Set.of(
            "set-cookie",
            "date",
            "content-length",
            "transfer-encoding",
            "content-encoding",
            "vary",
            "connection",
            "keep-alive");

    /** Everything an answer depends on: the address as sent, the origin, the day and the stamps. */
    record Key(
            String uri, String query, String scheme, String host, int port, LocalDate day, long unit, long country) {}

    /** An answer as the whole chain gave it. */
    record Kept(PublicPages.Rendered rendered, List<String[]> headers) {}

    private final Cache<Key, Kept> kept = Caffeine.newBuilder()
            .maximumSize(2 * PublicPages.PAGES)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    private final PublicStamps stamps;
    private final LocaleResolver locales;

    CachedResponses(PublicStamps stamps, LocaleResolver locales) {
        this.stamps = stamps;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(Routes.PREFIX) || path.startsWith(Routes.PREFIX + "/") || path.equals("/sitemap.xml"))
                || path.endsWith("/picture");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Key> key = key(request);
        Kept hit = key.map(kept::getIfPresent).orElse(null);
        if (hit != null) {
            replay(hit, request, response);
            return;
        }
        chain.doFilter(request, response);
        if (key.isPresent()
                && request.getAttribute(RENDERED) instanceof PublicPages.Rendered rendered
                && response.getStatus() == rendered.status()) {
            List<String[]> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                    for (String value : response.getHeaders(name)) {
                        headers.add(new String[] {name, value});
                    }
                }
            }
            kept.put(key.get(), new Kept(rendered, List.copyOf(headers)));
        }
    }

    /** The key of a request under the stamps as they are now; empty for an address of no province. */
    private Optional<Key> key(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long unit = 0;
        long country;
        if (path.startsWith(Routes.PREFIX + "/")) {
            int end = path.indexOf('/', Routes.PREFIX.length() + 1);
            String code = path.substring(Routes.PREFIX.length() + 1, end < 0 ? path.length() : end);
            Optional<PublicStamps.Stamp> stamp = stamps.of(code);
            if (stamp.isEmpty()) {
                return Optional.empty();
            }
            unit = stamp.get().province();
            country = stamp.get().country();
        } else {
            country = stamps.country();
        }
        return Optional.of(new Key(
                request.getRequestURI(),
                request.getQueryString(),
                request.getScheme(),
                request.getServerName(),
                request.getServerPort(),
                LocalDate.now(),
                unit,
                country));
    }

    private void replay(Kept hit, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PublicPages.Rendered rendered = hit.rendered();
        Languages.rememberAsked(locales, request, response); // as the locale interceptor of the whole chain does
        for (String[] header : hit.headers()) {
            response.addHeader(header[0], header[1]);
        }
        String match = request.getHeader("If-None-Match");
        if (rendered.etag() != null
                && rendered.status() == 200
                && match != null
                && (match.contains(rendered.etag()) || match.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(rendered.status());
        if (rendered.body() != null) {
            response.setContentLength(rendered.body().length);
            response.getOutputStream().write(rendered.body());
        }
    }
}
