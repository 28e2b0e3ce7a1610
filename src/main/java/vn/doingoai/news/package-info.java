/**
 * News of the foreign-information site (tin tức đối ngoại): title, summary, a body of safe rich text
 * (HTML cleaned by jsoup's {@code Safelist} when saved: no script, handler or {@code javascript:}
 * link survives), its language ({@code vi} or {@code en}), a picture, the records it reports (an
 * agreement, a delegation, an event) and the day it was published. An officer writes drafts; only
 * an approver of the unit or an admin publishes one, or takes it back to a draft ({@code
 * NewsWorkflow}, on the pages, the API and the dataset section {@code news}). The public site reads
 * published news through {@link vn.doingoai.news.PublicNews} only; the report counts them as {@code
 * information.articles}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "agreement",
            "common",
            "dataset",
            "delegation",
            "document",
            "event",
            "history",
            "report",
            "search",
            "unit",
            "user",
            "web"
        })
package vn.doingoai.news;
