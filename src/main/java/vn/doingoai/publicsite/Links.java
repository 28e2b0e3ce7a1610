package vn.doingoai.publicsite;

/**
 * The addresses a public page names in its {@code <head>} and its language switch: its canonical
 * address, the same page in Vietnamese and in English ({@code hreflang}), and the page in the other
 * language.
 */
public record Links(String canonical, String vi, String en, String other) {

    /** A province's page ({@code sub} its place in the site). */
    static Links of(Site site, String sub) {
        String vi = site.absolute(sub, "vi");
        String en = site.absolute(sub, "en");
        return new Links(site.english() ? en : vi, vi, en, site.link(sub, site.otherLang()));
    }

    /** A page that is not a province's: its absolute address {@code base} and its path {@code path}. */
    static Links of(String origin, String path, boolean english) {
        String vi = origin + path;
        String en = vi + "?lang=en";
        return new Links(english ? en : vi, vi, en, english ? path : path + "?lang=en");
    }
}
