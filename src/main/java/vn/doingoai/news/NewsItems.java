package vn.doingoai.news;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.common.Workflow;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** The keeping of news for this module's pages, API and dataset section. */
@Service
@Transactional
class NewsItems {

    private final NewsRepository repository;
    private final NewsLinks links;
    private final NewsWorkflow workflow;
    private final Access access;
    private final Units units;

    NewsItems(NewsRepository repository, NewsLinks links, NewsWorkflow workflow, Access access, Units units) {
        this.repository = repository;
        this.links = links;
        this.workflow = workflow;
        this.access = access;
        this.units = units;
    }

    @Transactional(readOnly = true)
    Page<NewsData> list(NewsFilter filter, Pageable pageable) {
        Page<NewsItem> page = repository.findAll(specification(filter), pageable);
        Function<NewsItem, NewsLinks.Refs> refs = links.refs(page.getContent());
        return page.map(n -> NewsData.of(n, refs.apply(n), NewsData.Shape.IDENTITY));
    }

    @Transactional(readOnly = true)
    List<NewsData> listAll(NewsFilter filter, Sort sort) {
        List<NewsItem> all = repository.findAll(specification(filter), sort);
        Function<NewsItem, NewsLinks.Refs> refs = links.refs(all);
        return all.stream()
                .map(n -> NewsData.of(n, refs.apply(n), NewsData.Shape.IDENTITY))
                .toList();
    }

    private Specification<NewsItem> specification(NewsFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<NewsItem> spec = Specification.<NewsItem>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()))
                .and(RecordSpecs.equal("status", filter.status()));
        if (filter.language() != null && !filter.language().isBlank()) {
            spec = spec.and(RecordSpecs.equal("language", filter.language().trim()));
        }
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("publishedOn"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("publishedOn"), filter.to()));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    NewsData read(Long id) {
        NewsItem n = get(id);
        return NewsData.of(n, links.refs(List.of(n)).apply(n), NewsData.Shape.IDENTITY);
    }

    /** The records an item reports, as its page links them. */
    @Transactional(readOnly = true)
    List<NewsLinks.Linked> linked(Long id) {
        return links.linked(get(id));
    }

    private NewsItem get(Long id) {
        NewsItem n = repository.findById(id).orElseThrow(() -> new NotFoundException("News " + id));
        access.checkRead(n.getUnitCode());
        n.remember(links.refs(List.of(n)).apply(n));
        return n;
    }

    NewsData create(NewsData data) {
        checkWrite(data.unit());
        Workflow.Outcome<NewsStatus> decided = workflow.check(null, data);
        NewsItem n = new NewsItem();
        apply(n, data);
        decided.applyTo(n);
        repository.saveAndFlush(n);
        return read(n.getId());
    }

    NewsData update(Long id, NewsData data) {
        NewsItem n = get(id);
        access.checkWrite(n.getUnitCode());
        checkWrite(data.unit());
        StaleVersionException.check(n, data.version());
        Object before = export(n);
        NewsStatus was = n.getStatus();
        Workflow.Outcome<NewsStatus> decided = workflow.check(n, data);
        apply(n, data);
        decided.applyTo(n);
        NewsWorkflow.publishedChange(was, before, export(n), access.canApprove(n.getUnitCode()))
                .ifPresent(p -> {
                    throw new AccessDeniedException("Only an approver changes a published news item");
                });
        repository.flush();
        return read(id);
    }

    NewsData publish(Long id, Long version) {
        return step(id, version, workflow::publish);
    }

    NewsData unpublish(Long id, Long version) {
        return step(id, version, workflow::unpublish);
    }

    private NewsData step(Long id, Long version, java.util.function.Consumer<NewsItem> step) {
        NewsItem n = get(id);
        StaleVersionException.checkIfSent(n, version);
        step.accept(n);
        repository.flush();
        return read(id);
    }

    void delete(Long id) {
        NewsItem n = get(id);
        access.checkWrite(n.getUnitCode());
        workflow.checkPublishedChange(n, export(n), null);
        repository.delete(n);
    }

    /**
     * Keeps a new picture (replacing any earlier one). The upload is stored only after the right to
     * change the item was checked: a refused request writes no file.
     */
    NewsData attachPicture(Long id, Supplier<StoredDocument> upload) {
        NewsItem n = get(id);
        access.checkWrite(n.getUnitCode());
        workflow.checkPublishedChange(n, "before", "a new picture");
        n.setPicture(upload.get());
        repository.flush();
        return read(id);
    }

    /** The picture, after the read check of its item. */
    @Transactional(readOnly = true)
    StoredDocument picture(Long id) {
        StoredDocument picture = get(id).getPicture();
        if (picture == null || picture.path() == null) {
            throw new NotFoundException("Picture of news " + id);
        }
        return picture;
    }

    private void checkWrite(String unitCode) {
        if (unitCode != null && !unitCode.isBlank() && units.exists(unitCode.trim())) {
            access.checkWrite(unitCode.trim());
        } else if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
    }

    private void apply(NewsItem n, NewsData data) {
        List<FieldProblem> problems = validate(data);
        NewsLinks.Ids ids = links.resolve(data, problems);
        if (data.ref() != null && !data.ref().isBlank()) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(n.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        n.apply(data, ids, links.refsOf(List.of(ids)).apply(ids));
    }

    /** The checks an item must pass beyond its field constraints. */
    List<FieldProblem> validate(NewsData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.unit() == null || data.unit().isBlank()) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (data.language() == null
                || !NewsData.LANGUAGES.contains(data.language().trim())) {
            problems.add(new FieldProblem("language", "news.language.invalid"));
        }
        if (data.title() == null || data.title().isBlank()) {
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
