package vn.doingoai.publicsite;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.Units;

/**
 * The public site's answers (the routes are {@link Routes}'): each page from the cache of {@link
 * PublicPages} under the stamps read for the request, rendered by {@link PublicContent}'s model
 * when it is not there; a proper page of the site's own layout, in the language asked, for an
 * unknown province or page (404).
 */
@Component
class PublicSite {

    private final PublicStamps stamps;
    private final PublicPages pages;
    private final PublicContent content;
    private final Units units;

    PublicSite(PublicStamps stamps, PublicPages pages, PublicContent content, Units units) {
        this.stamps = stamps;
        this.pages = pages;
        this.content = content;
        this.units = units;
    }

    ServerResponse home(ServerRequest r) {
        return html(r, "home", null, "publicsite/home", s -> Optional.of(content.home(s, LocalDate.now())));
    }

    ServerResponse news(ServerRequest r) {
        int page = number(r.param("page").orElse("0")).orElse(0L).intValue();
        return html(r, "news", String.valueOf(page), "publicsite/news", s -> Optional.of(content.newsList(s, page)));
    }

    ServerResponse item(ServerRequest r) {
        Optional<Long> id = number(r.pathVariable("id"));
        return id.isEmpty()
                ? notFound(r)
                : html(r, "item", id.get().toString(), "publicsite/item", s -> content.item(s, id.get()));
    }

    ServerResponse partners(ServerRequest r) {
        return html(r, "partners", null, "publicsite/partners", s -> Optional.of(content.partners(s, LocalDate.now())));
    }

    ServerResponse agreement(ServerRequest r) {
        Optional<Long> id = number(r.pathVariable("id"));
        return id.isEmpty()
                ? notFound(r)
                : html(
                        r,
                        "agreement",
                        id.get().toString(),
                        "publicsite/agreement",
                        s -> content.agreement(s, id.get()));
    }

    ServerResponse investment(ServerRequest r) {
        return html(
                r,
                "investment",
                null,
                "publicsite/investment",
                s -> Optional.of(content.investment(s, LocalDate.now())));
    }

    ServerResponse events(ServerRequest r) {
        return html(r, "events", null, "publicsite/events", s -> Optional.of(content.events(s, LocalDate.now())));
    }

    ServerResponse contact(ServerRequest r) {
        return html(r, "contact", null, "publicsite/contact", s -> Optional.of(content.contact(s)));
    }

    /** The province's published news in every language, as Atom. */
    ServerResponse feed(ServerRequest r) {
        return serve(
                r,
                "feed",
                null,
                s -> PublicPages.Rendered.of(
                        200,
                        AtomFeed.TYPE,
                        AtomFeed.write(
                                s,
                                content.text(s, "publicsite.feed.title", s.name()),
                                content.office(s),
                                content.feed(s))));
    }

    ServerResponse sitemap(ServerRequest r) {
        return serve(r, "sitemap", null, s -> {
            List<String> subs =
                    new ArrayList<>(List.of("", "/news", "/partners", "/investment", "/events", "/contact"));
            content.feed(s).forEach(n -> subs.add("/news/" + n.id()));
            content.inForce(s, LocalDate.now()).forEach(a -> subs.add("/agreements/" + a.id()));
            return PublicPages.Rendered.of(200, Sitemaps.TYPE, Sitemaps.of(s, subs));
        });
    }

    /** A published item's picture (not kept in the cache: read for each request, never after it was taken down). */
    ServerResponse picture(ServerRequest r) {
        String code = r.pathVariable("unit");
        Optional<Long> id = number(r.pathVariable("id"));
        Optional<PublicStamps.Stamp> stamp = stamps.of(code);
        Optional<PublicPages.Province> province =
                stamp.flatMap(s -> pages.province(code, s.country())).filter(p -> p.mergedInto() == null);
        return province.flatMap(p -> id.flatMap(i -> content.picture(p.scope(), i)))
                .map(p -> ServerResponse.ok()
                        .contentType(MediaType.parseMediaType(p.contentType()))
                        .cacheControl(CacheControl.noCache())
                        .body(p.bytes()))
                .orElseGet(() -> notFound(r));
    }

    /** The list of the provinces' sites. */
    ServerResponse index(ServerRequest r) {
        String lang = lang(r);
        String origin = origin(r);
        String ctx = r.requestPath().contextPath().value();
        PublicPages.Key key =
                new PublicPages.Key("index", "", lang, null, 0, stamps.country(), LocalDate.now(), origin, ctx);
        return cached(r, pages.get(key, () -> {
            Map<String, Object> model = siteless(lang, origin, ctx, ctx + Routes.PREFIX, "publicsite.index.title");
            model.put("provinces", units.currentProvinces());
            return PublicPages.Rendered.html(200, pages.render("publicsite/index", model, lang));
        }));
    }

    /** The index of the provinces' sitemaps. */
    ServerResponse sitemapIndex(ServerRequest r) {
        String origin = origin(r);
        String ctx = r.requestPath().contextPath().value();
        PublicPages.Key key =
                new PublicPages.Key("sitemaps", "", "vi", null, 0, stamps.country(), LocalDate.now(), origin, ctx);
        return cached(
                r,
                pages.get(
                        key,
                        () -> PublicPages.Rendered.of(
                                200,
                                Sitemaps.TYPE,
                                Sitemaps.index(units.currentProvinces().stream()
                                        .map(Unit::getCode)
                                        .map(c -> origin + ctx + Routes.PREFIX + "/" + c + "/sitemap.xml")
                                        .toList()))));
    }

    /** A page that is not there: the site's own 404, in the language asked, never kept in the cache. */
    ServerResponse notFound(ServerRequest r) {
        return respond(notFoundPage(
                lang(r),
                origin(r),
                r.requestPath().value(),
                r.requestPath().contextPath().value()));
    }

    private PublicPages.Rendered notFoundPage(String lang, String origin, String path, String ctx) {
        Map<String, Object> model = siteless(lang, origin, ctx, path, "publicsite.notFound.title");
        return PublicPages.Rendered.html(404, pages.render("publicsite/notfound", model, lang));
    }

    private Map<String, Object> siteless(String lang, String origin, String ctx, String path, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("ctx", ctx);
        model.put("index", ctx + Routes.PREFIX + ("en".equals(lang) ? "?lang=en" : ""));
        String name = content.text(new Site("", "", null, lang, origin, ""), title);
        model.put("head", Head.of(name, name, ""));
        model.put("links", Links.of(origin, path, "en".equals(lang)));
        model.put("fmt", new Formats(lang));
        model.put("lang", lang);
        return model;
    }

    // ---- the one path of a province's pages

    private ServerResponse html(
            ServerRequest r,
            String page,
            String arg,
            String template,
            Function<Site, Optional<Map<String, Object>>> model) {
        return serve(r, page, arg, s -> model.apply(s)
                .map(m -> PublicPages.Rendered.html(200, pages.render(template, m, s.lang())))
                .orElseGet(
                        () -> notFoundPage(s.lang(), s.origin(), r.requestPath().value(), s.ctx())));
    }

    private ServerResponse serve(
            ServerRequest r, String page, String arg, Function<Site, PublicPages.Rendered> render) {
        String code = r.pathVariable("unit");
        String lang = lang(r);
        String origin = origin(r);
        String ctx = r.requestPath().contextPath().value();
        Optional<PublicStamps.Stamp> stamp = stamps.of(code);
        if (stamp.isEmpty()) {
            return notFound(r);
        }
        long country = stamp.get().country();
        PublicPages.Key key = new PublicPages.Key(
                page, code, lang, arg, stamp.get().province(), country, LocalDate.now(), origin, ctx);
        return cached(r, pages.get(key, () -> {
            PublicPages.Province province = pages.province(code, country).orElse(null);
            if (province == null) {
                return notFoundPage(lang, origin, r.requestPath().value(), ctx);
            }
            if (province.mergedInto() != null) {
                return PublicPages.Rendered.redirect(
                        ctx + Routes.PREFIX + "/" + province.mergedInto() + ("en".equals(lang) ? "?lang=en" : ""));
            }
            return render.apply(new Site(code, province.name(), province.scope(), lang, origin, ctx));
        }));
    }

    /** An answer from the page cache, which {@link CachedResponses} may then give again as it was. */
    private static ServerResponse cached(ServerRequest r, PublicPages.Rendered rendered) {
        r.servletRequest().setAttribute(CachedResponses.RENDERED, rendered);
        return respond(rendered);
    }

    private static ServerResponse respond(PublicPages.Rendered rendered) {
        if (rendered.location() != null) {
            return ServerResponse.status(rendered.status())
                    .location(URI.create(rendered.location()))
                    .build();
        }
        return ServerResponse.status(rendered.status())
                .contentType(MediaType.parseMediaType(rendered.contentType()))
                .cacheControl(CacheControl.noCache())
                .eTag(rendered.etag())
                .body(rendered.body());
    }

    /** {@code en} when the request asks for English ({@code ?lang=en}), else {@code vi}. */
    static String lang(ServerRequest r) {
        return "en".equals(r.param("lang").orElse("")) ? "en" : "vi";
    }

    private static String origin(ServerRequest r) {
        return ServletUriComponentsBuilder.fromRequestUri(r.servletRequest())
                .replacePath(null)
                .replaceQuery(null)
                .build()
                .toUriString();
    }

    private static Optional<Long> number(String text) {
        return text != null && text.matches("\\d{1,18}") ? Optional.of(Long.valueOf(text)) : Optional.empty();
    }
}
