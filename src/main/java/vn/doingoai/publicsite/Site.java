package vn.doingoai.publicsite;

import vn.doingoai.unit.UnitScope;

/**
 * The province a public page is about, in the language asked, with the links of its pages: {@link
 * #link} within the site (keeping the language), {@link #absolute} for the feeds, the sitemaps, Open
 * Graph and the {@code hreflang} alternates.
 *
 * @param lang {@code vi} or {@code en}
 * @param origin the site's scheme, host and port ({@code https://example.org})
 * @param ctx the application's context path ({@code ""} at the root)
 */
public record Site(String code, String name, UnitScope scope, String lang, String origin, String ctx) {

    public boolean english() {
        return "en".equals(lang);
    }

    /** The other language ({@code en} for {@code vi}). */
    public String otherLang() {
        return english() ? "vi" : "en";
    }

    /** A page of the site in this language: {@code sub} is {@code ""}, {@code /news}, {@code /news?page=2}. */
    public String link(String sub) {
        return ctx + path(sub, lang);
    }

    /** A page of the site in a language ({@code vi} or {@code en}). */
    public String link(String sub, String language) {
        return ctx + path(sub, language);
    }

    /** A page of the site in a language, as an absolute address. */
    public String absolute(String sub, String language) {
        return origin + ctx + path(sub, language);
    }

    /** An address of this site (a picture's) made absolute. */
    public String absolute(String path) {
        return origin + path;
    }

    /** The path of a page in a language (Vietnamese has no parameter). */
    String path(String sub, String language) {
        String path = Routes.PREFIX + "/" + code + sub;
        return "en".equals(language) ? path + (sub.contains("?") ? "&" : "?") + "lang=en" : path;
    }

    /** The path of a page that is the same in both languages (a picture, the feed). */
    public String resource(String sub) {
        return ctx + Routes.PREFIX + "/" + code + sub;
    }
}
