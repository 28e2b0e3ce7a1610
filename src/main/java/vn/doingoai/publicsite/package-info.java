/**
 * The public foreign-information site of each province ({@code /p/{unitCode}}, no sign-in), in
 * Vietnamese and in English with {@code ?lang=en}: its published news (each in the language it was
 * written in), its partners with the agreements in force, its foreign investment and rank in the
 * country, the events to come and its foreign-affairs office's contact; an Atom feed of its news,
 * sitemaps, Open Graph and {@code hreflang}.
 *
 * <p>It reads only the public views that record modules offer for it ({@code PublicNews}, {@code
 * PublicAgreements}, {@code PublicEvents}, {@code PublicDelegations}: each a small query answering
 * its own public record type), the report's public figures and the kernel, so that no field of an
 * internal record can reach it by accident. Its pages are cached, keyed by stamps that every write
 * of a shown record renews in its own transaction ({@code PublicStamps}, {@code RecordWrites}); the
 * stamps are kept in memory, renewed by the writing transaction after its commit and, on
 * PostgreSQL, by the notices of the other instances ({@code StampNotices}). A cached page's answer
 * is given again before the session, security and dispatcher ({@code CachedResponses}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "news :: public",
            "agreement :: public",
            "event :: public",
            "delegation :: public",
            "report :: public",
            "unit",
            "user",
            "common",
            "money",
            "history",
            "web",
            "config"
        })
package vn.doingoai.publicsite;
