package vn.doingoai.news;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;

/** The {@code news} section of the dataset document (order 45: after the events it may report). */
@Component
class NewsImport {

    private final NewsRepository repository;
    private final NewsBook news;
    private final NewsLinks links;

    NewsImport(NewsRepository repository, NewsBook news, NewsLinks links) {
        this.repository = repository;
        this.news = news;
        this.links = links;
    }

    @Bean
    DatasetSection<NewsData> newsSection() {
        return DatasetSection.of("news", 45, NewsData.class, this::importAll, news::exportAll);
    }

    void importAll(List<NewsData> items, ImportContext context) {
        RefImport.run(items, context, repository, new Run());
    }

    /** One import: what the items report is resolved while checking them, their refs looked up once. */
    private final class Run implements RefImport.Records<NewsData, NewsItem, NewsLinks.Ids> {

        private Function<NewsLinks.Ids, NewsLinks.Refs> refs = ids -> NewsLinks.Refs.NONE;
        /** The items found by ref before the import, as data, and whether they were published. */
        private final Map<String, Object> before = new HashMap<>();

        private final Map<String, NewsStatus> statusBefore = new HashMap<>();

        @Override
        public NewsLinks.Ids check(int index, NewsData item, ImportContext context) {
            List<vn.doingoai.common.FieldProblem> problems = news.validate(item);
            NewsLinks.Ids ids = links.resolve(item, problems);
            context.report(index, problems);
            return ids;
        }

        @Override
        public Function<NewsItem, Object> snapshots(Collection<NewsItem> existing) {
            Function<NewsItem, NewsLinks.Refs> found = links.refs(existing);
            existing.forEach(n -> {
                before.put(n.getRef(), NewsData.of(n, found.apply(n), NewsData.Shape.EXPORT));
                statusBefore.put(n.getRef(), n.getStatus());
            });
            return n -> NewsData.of(n, found.apply(n), NewsData.Shape.EXPORT);
        }

        @Override
        public NewsItem create() {
            return new NewsItem();
        }

        @Override
        public void beforeWrite(List<NewsData> items, List<NewsLinks.Ids> checked) {
            refs = links.refsOf(checked);
        }

        @Override
        public void write(NewsItem n, NewsData item, NewsLinks.Ids ids) {
            n.apply(item, ids, refs.apply(ids));
        }

        @Override
        public Object written(NewsItem n, NewsLinks.Ids ids) {
            return NewsData.of(n, refs.apply(ids), NewsData.Shape.EXPORT);
        }

        /** A published item is changed only by someone who may publish in its unit. */
        @Override
        public void afterWrite(List<NewsData> items, List<NewsItem> records, ImportContext context) {
            for (int i = 0; i < records.size(); i++) {
                NewsItem n = records.get(i); // the record of items.get(i)
                int index = i;
                NewsWorkflow.publishedChange(
                                statusBefore.get(n.getRef()),
                                before.get(n.getRef()),
                                written(n, NewsLinks.idsOf(n)),
                                context.mayApprove(n.getUnitCode()))
                        .ifPresent(p -> context.problem(index, p.field(), p.message()));
            }
        }

        @Override
        public RefImport.Approvals<NewsData, NewsStatus> approvals() {
            return NewsWorkflow.IMPORT;
        }
    }
}
