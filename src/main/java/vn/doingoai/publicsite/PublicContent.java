package vn.doingoai.publicsite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doingoai.agreement.PublicAgreement;
import vn.doingoai.agreement.PublicAgreements;
import vn.doingoai.delegation.PublicDelegations;
import vn.doingoai.event.PublicEvents;
import vn.doingoai.news.PublicNews;
import vn.doingoai.news.PublicNewsItem;
import vn.doingoai.report.PublicFigures;

/**
 * What each public page shows, read from the public views of the record modules and the report only
 * (never from the records themselves): the model of each page's template.
 */
@Component
class PublicContent {

    static final int HOME_NEWS = 5;
    static final int NEWS_PAGE = 10;
    static final int EVENTS = 50;

    /** A partner with the agreements in force that name it. */
    public record PartnerRow(PublicAgreement.Partner partner, List<PublicAgreement> agreements) {}

    private final PublicNews news;
    private final PublicAgreements agreements;
    private final PublicEvents events;
    private final PublicDelegations delegations;
    private final PublicFigures figures;
    private final PublicProfiles profiles;
    private final MessageSource messages;

    PublicContent(
            PublicNews news,
            PublicAgreements agreements,
            PublicEvents events,
            PublicDelegations delegations,
            PublicFigures figures,
            PublicProfiles profiles,
            MessageSource messages) {
        this.news = news;
        this.agreements = agreements;
        this.events = events;
        this.delegations = delegations;
        this.figures = figures;
        this.profiles = profiles;
        this.messages = messages;
    }

    /** The model every page has: the site, its head, the formats, the office's profile, the page's name. */
    Map<String, Object> page(Site site, String nav, Head head) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("head", head);
        model.put("nav", nav);
        model.put("fmt", new Formats(site.lang()));
        model.put("profile", profiles.of(site.code()));
        model.put("links", Links.of(site, head.sub()));
        model.put("ctx", site.ctx());
        model.put("index", site.ctx() + Routes.PREFIX + (site.english() ? "?lang=en" : ""));
        return model;
    }

    Map<String, Object> home(Site site, LocalDate today) {
        ProfileData profile = profiles.of(site.code());
        String presentation = profile.presentation(site.lang());
        Map<String, Object> model = page(
                site,
                "home",
                Head.of(
                        text(site, "publicsite.home.title", site.name()),
                        presentation != null ? presentation : text(site, "publicsite.home.description", site.name()),
                        ""));
        model.put("presentation", presentation);
        model.put("news", news.latest(site.scope(), site.lang(), 0, HOME_NEWS));
        model.put("events", events.upcoming(site.scope(), today, 3));
        return model;
    }

    Map<String, Object> newsList(Site site, int page) {
        long total = news.count(site.scope(), site.lang());
        int pages = (int) Math.max(1, (total + NEWS_PAGE - 1) / NEWS_PAGE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        Map<String, Object> model = page(
                site,
                "news",
                Head.of(
                        text(site, "publicsite.news.title", site.name()),
                        text(site, "publicsite.news.description", site.name()),
                        shown == 0 ? "/news" : "/news?page=" + shown));
        model.put("news", news.latest(site.scope(), site.lang(), shown, NEWS_PAGE));
        model.put("page", shown);
        model.put("pages", pages);
        return model;
    }

    /** A published item's page, or empty when there is none of that id in the province. */
    Optional<Map<String, Object>> item(Site site, long id) {
        return news.find(site.scope(), id).map(n -> {
            Head head = new Head(
                    n.title(),
                    n.summary() != null ? n.summary() : n.title(),
                    "article",
                    n.hasPicture() ? site.absolute(picture(site, n)) : null,
                    "/news/" + n.id());
            Map<String, Object> model = page(site, "news", head);
            model.put("item", n);
            model.put("picture", n.hasPicture() ? picture(site, n) : null);
            model.put(
                    "agreement", agreements.find(site.scope(), n.agreementId()).orElse(null));
            model.put(
                    "delegation",
                    delegations.find(site.scope(), n.delegationId()).orElse(null));
            model.put("event", events.find(site.scope(), n.eventId()).orElse(null));
            return model;
        });
    }

    static String picture(Site site, PublicNewsItem n) {
        return site.resource("/news/" + n.id() + "/picture");
    }

    Map<String, Object> partners(Site site, LocalDate today) {
        Map<String, Object> model = page(
                site,
                "partners",
                Head.of(
                        text(site, "publicsite.partners.title", site.name()),
                        text(site, "publicsite.partners.description", site.name()),
                        "/partners"));
        List<PublicAgreement> inForce = agreements.inForce(site.scope(), today);
        Map<PublicAgreement.Partner, List<PublicAgreement>> byPartner = new LinkedHashMap<>();
        inForce.forEach(a -> a.partners()
                .forEach(p ->
                        byPartner.computeIfAbsent(p, k -> new ArrayList<>()).add(a)));
        List<PartnerRow> rows = new ArrayList<>();
        byPartner.forEach((p, list) -> rows.add(new PartnerRow(p, list)));
        Formats fmt = new Formats(site.lang());
        rows.sort(java.util.Comparator.comparing(
                        (PartnerRow r) -> fmt.country(r.partner().country()))
                .thenComparing(r -> r.partner().name()));
        model.put("rows", rows);
        model.put("agreements", inForce);
        return model;
    }

    /** A signed agreement's page, or empty when the province has no such public agreement. */
    Optional<Map<String, Object>> agreement(Site site, long id) {
        return agreements.find(site.scope(), id).map(a -> {
            Map<String, Object> model = page(site, "partners", Head.of(a.title(), a.title(), "/agreements/" + a.id()));
            model.put("agreement", a);
            model.put("news", news.aboutAgreement(site.scope(), a.id()));
            return model;
        });
    }

    Map<String, Object> investment(Site site, LocalDate today) {
        Map<String, Object> model = page(
                site,
                "investment",
                Head.of(
                        text(site, "publicsite.investment.title", site.name()),
                        text(site, "publicsite.investment.description", site.name()),
                        "/investment"));
        model.put("investment", figures.investment(site.code(), today));
        return model;
    }

    Map<String, Object> events(Site site, LocalDate today) {
        Map<String, Object> model = page(
                site,
                "events",
                Head.of(
                        text(site, "publicsite.events.title", site.name()),
                        text(site, "publicsite.events.description", site.name()),
                        "/events"));
        model.put("events", events.upcoming(site.scope(), today, EVENTS));
        return model;
    }

    Map<String, Object> contact(Site site) {
        return page(
                site,
                "contact",
                Head.of(
                        text(site, "publicsite.contact.title", site.name()),
                        text(site, "publicsite.contact.description", site.name()),
                        "/contact"));
    }

    /** Every published item of the province, every language, newest first (the feed). */
    List<PublicNewsItem> feed(Site site) {
        return news.latest(site.scope(), null, 0, AtomFeed.MAX_ENTRIES);
    }

    /** The agreements in force of the province (its sitemap). */
    List<PublicAgreement> inForce(Site site, LocalDate day) {
        return agreements.inForce(site.scope(), day);
    }

    /** A published item's picture. */
    Optional<PublicNews.Picture> picture(vn.doingoai.unit.UnitScope scope, long id) {
        return news.picture(scope, id);
    }

    /** Who the province's news come from: its foreign-affairs office, or the province. */
    String office(Site site) {
        String office = profiles.of(site.code()).officeName();
        return office != null ? office : site.name();
    }

    String text(Site site, String key, Object... args) {
        return messages.getMessage(key, args, key, locale(site.lang()));
    }

    static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}
