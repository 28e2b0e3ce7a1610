package vn.doingoai.news;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one rule for a news body's HTML: cleaned by jsoup's {@link Safelist} when it is saved, on every
 * path (pages, API, dataset). What survives is text formatting, headings, lists, quotes and links to
 * {@code http}, {@code https} and {@code mailto} addresses or to this site's own paths; every
 * script, style, frame, image, {@code on*} handler and {@code javascript:} link is removed.
 */
final class NewsBody {

    /** The length of the body's column. */
    static final int MAX = 100_000;

    /** Relative links are resolved against this base only to be checked; they are kept relative. */
    private static final String BASE = "https://doingoai.invalid/";

    private static final Safelist SAFE = Safelist.basic()
            .addTags("h2", "h3", "h4")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private NewsBody() {}

    /** The body as it may be kept and shown; null for null. Cleaning a clean body gives it back. */
    static String clean(String html) {
        if (html == null) {
            return null;
        }
        return Jsoup.clean(html, BASE, SAFE, OUTPUT);
    }

    /** The body's text without any markup (for a summary or the search). */
    static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
