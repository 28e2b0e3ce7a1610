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
 * of a shown record renews in its own transaction ({@code PublicStamps}, {@code RecordWrites}).
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
