package vn.doingoai.news;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.common.Workflow;
import vn.doingoai.document.AttachedFile;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The keeping of news for this module's pages, API and dataset section: drafts and their publication
 * by {@link NewsWorkflow}, the records an item reports by {@link NewsLinks}, its picture.
 */
@Service
@Transactional
class NewsBook extends RecordBook<NewsItem, NewsData, NewsFilter> {

    private final NewsRepository repository;
    private final NewsLinks links;
    private final NewsWorkflow workflow;
    private final Access access;
    private final Units units;
    private final AttachedFile<NewsItem> picture;

    NewsBook(
            NewsRepository repository,
            NewsLinks links,
            NewsWorkflow workflow,
            Access access,
            Units units,
            DocumentStore documents) {
        super(repository, access, NewsItem::new);
        this.picture =
                new AttachedFile<>(documents, NewsPicture::store, NewsItem::getPicture, NewsItem::setPicture, n -> {
                    checkChange(n);
                    workflow.checkPublishedChange(n, "before", "a new picture");
                });
        this.repository = repository;
        this.links = links;
        this.workflow = workflow;
        this.access = access;
        this.units = units;
    }

    @Override
    protected Specification<NewsItem> specification(NewsFilter filter) {
        return listed(filter.unit(), filter.q())
                .and(RecordSpecs.equal("status", filter.status()))
                .and(RecordSpecs.equal(
                        "language",
                        filter.language() == null ? null : filter.language().trim()))
                .and(RecordSpecs.between("publishedOn", filter.from(), filter.to()));
    }

    @Override
    protected List<NewsData> data(List<NewsItem> records) {
        Function<NewsItem, NewsLinks.Refs> refs = links.refs(records);
        return records.stream()
                .map(n -> NewsData.of(n, refs.apply(n), NewsData.Shape.IDENTITY))
                .toList();
    }

    @Override
    protected void remember(NewsItem n) {
        n.remember(links.refs(List.of(n)).apply(n));
    }

    /**
     * The workflow's status and publisher first (400 at {@code status}, 403 without the right), then
     * the item's checks; a published item stays as the approver let it out (403 for anyone else's change).
     */
    @Override
    protected void write(NewsItem n, NewsData data) {
        boolean isNew = n.getId() == null;
        Object before = isNew ? null : export(n);
        NewsStatus was = n.getStatus();
        Workflow.Outcome<NewsStatus> decided = workflow.check(isNew ? null : n, data);
        List<FieldProblem> problems = validate(data);
        NewsLinks.Ids ids = links.resolve(data, problems);
        checkAll(n, data, problems);
        n.apply(data, ids, links.refsOf(List.of(ids)).apply(ids));
        decided.applyTo(n);
        if (!isNew) {
            NewsWorkflow.publishedChange(was, before, export(n), access.canApprove(n.getUnitCode()))
                    .ifPresent(p -> {
                        throw new AccessDeniedException("Only an approver changes a published news item");
                    });
        }
    }

    /** A published item is removed only by someone who may publish in its unit. */
    @Override
    protected void checkDelete(NewsItem n) {
        workflow.checkPublishedChange(n, export(n), null);
    }

    NewsData publish(Long id, Long version) {
        return step(id, version, workflow::publish);
    }

    NewsData unpublish(Long id, Long version) {
        return step(id, version, workflow::unpublish);
    }

    /** The records an item reports, as its page links them. */
    @Transactional(readOnly = true)
    List<NewsLinks.Linked> linked(Long id) {
        return links.linked(get(id));
    }

    /** Keeps a new picture (replacing any earlier one), after the right to change the item. */
    NewsData attachPicture(Long id, MultipartFile upload) {
        return change(id, n -> picture.attach(n, upload));
    }

    /** The picture, after the read check of its item. */
    @Transactional(readOnly = true)
    StoredDocument picture(Long id) {
        return picture.of(get(id));
    }

    /** The checks an item must pass beyond its field constraints. */
    List<FieldProblem> validate(NewsData data) {
        List<FieldProblem> problems = new ArrayList<>();
        units.check(data.unit(), problems);
        if (data.language() == null
                || !NewsData.LANGUAGES.contains(data.language().trim())) {
            problems.add(new FieldProblem("language", "news.language.invalid"));
        }
        if (Text.isBlank(data.title())) {
            problems.add(new FieldProblem("title", "validation.required"));
        }
        String body = NewsBody.clean(data.body());
        if (body != null && body.length() > NewsBody.MAX) {
            problems.add(new FieldProblem("body", "news.body.tooLong"));
        }
        return problems;
    }

    /** The item as the dataset writes it (to see whether a write changed it). */
    Object export(NewsItem n) {
        return NewsData.of(n, links.refs(List.of(n)).apply(n), NewsData.Shape.HISTORY);
    }

    /** The dataset section's export (its import is NewsImport). */
    @Transactional(readOnly = true)
    List<NewsData> exportAll(UnitScope scope) {
        List<NewsItem> all = repository.findAll(scope.<NewsItem>specification(false), Sort.by("ref"));
        Function<NewsItem, NewsLinks.Refs> refs = links.refs(all);
        return all.stream()
                .map(n -> NewsData.of(n, refs.apply(n), NewsData.Shape.EXPORT))
                .toList();
    }
}
