package vn.doingoai.publicsite;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;

/**
 * The public pages as they were rendered, kept in a Spring {@link Cache} (Caffeine, in this module:
 * no application-wide cache manager is needed). A page is kept under everything it depends on: the
 * page and its argument, the province, the language, the day (the events to come, the agreements in
 * force), the site's address, and the two stamps of {@link PublicStamps} read for the request. A
 * write renews a stamp, so the next request asks for a key that is not there yet and renders the
 * page again: no page is ever served from before a committed write, on any instance. Old keys are
 * never asked for again and leave as the cache fills (at most {@value #PAGES} pages, an hour each).
 */
@Component
class PublicPages {

    static final int PAGES = 5_000;

    /** Everything a rendered page depends on. */
    record Key(
            String page,
            String unit,
            String lang,
            String arg,
            long unitStamp,
            long countryStamp,
            LocalDate day,
            String origin,
            String ctx) {}

    /**
     * A rendered answer: its status, type, body (encoded once, in UTF-8) and entity tag (a digest of
     * the body), and where a redirect goes.
     */
    record Rendered(int status, String contentType, byte[] body, String etag, String location) {

        static Rendered of(int status, String contentType, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Rendered(status, contentType, bytes, "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"", null);
        }

        static Rendered html(int status, String body) {
            return of(status, "text/html;charset=UTF-8", body);
        }

        static Rendered redirect(String location) {
            return new Rendered(301, null, null, null, location);
        }
    }

    /** What a province's pages need of its unit: its name, its units, and the province it was merged into. */
    record Province(String code, String name, UnitScope scope, String mergedInto) {}

    private final Cache pages = new CaffeineCache(
            "publicsite.pages",
            Caffeine.newBuilder()
                    .maximumSize(PAGES)
                    .expireAfterWrite(Duration.ofHours(1))
                    .build(),
            false);

    /** Provinces by code and the country's stamp (a change of the units renews it). */
    private final Cache provinces = new CaffeineCache(
            "publicsite.provinces",
            Caffeine.newBuilder()
                    .maximumSize(500)
                    .expireAfterWrite(Duration.ofHours(1))
                    .build(),
            true);

    private final ITemplateEngine templates;
    private final Units units;

    PublicPages(ITemplateEngine templates, Units units) {
        this.templates = templates;
        this.units = units;
    }

    /** The page of a key, rendered once by {@code render} (one rendering at a time per key). */
    Rendered get(Key key, Callable<Rendered> render) {
        try {
            return pages.get(key, render);
        } catch (Cache.ValueRetrievalException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A province, by its code, as the units were under the country's stamp. */
    Optional<Province> province(String code, long countryStamp) {
        Province found = provinces.get(java.util.List.of(code, countryStamp), () -> units.find(code)
                .map(u -> new Province(u.getCode(), u.getName(), units.reportScope(u.getCode(), true), mergedInto(u)))
                .orElse(null));
        return Optional.ofNullable(found);
    }

    private static String mergedInto(Unit unit) {
        return unit.isDissolved() ? unit.getMergedInto() : null;
    }

    /** A template rendered with a model, in a language. */
    String render(String template, Map<String, Object> model, String lang) {
        return templates.process(template, new Context(PublicContent.locale(lang), model));
    }
}
