package vn.doingoai.news;

import static vn.doingoai.news.NewsStatus.DRAFT;
import static vn.doingoai.news.NewsStatus.PUBLISHED;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.Workflow;
import vn.doingoai.common.Workflow.Right;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.user.Access;

/**
 * The publication of news, on every path (pages, API, dataset). Whoever writes the unit writes
 * drafts; only an approver of the unit or an admin publishes one (and is recorded as its publisher),
 * takes it back to a draft, or changes or removes a published item: what the public reads is what an
 * approver let out. A past item may be recorded as published from the start, by an approver.
 */
@Component
class NewsWorkflow {

    static final Workflow<NewsStatus> RULES = Workflow.startingAt(
                    DRAFT, new Workflow.Fields("status", "publishedBy", "publishedOn", "publishedBy"))
            .creates(Right.WRITE, DRAFT)
            .creates(Right.APPROVE, PUBLISHED)
            .moves(DRAFT, Right.APPROVE, PUBLISHED)
            .moves(PUBLISHED, Right.APPROVE, DRAFT)
            .build();

    /** How the dataset import reads the status and publisher an item names. */
    static final RefImport.Approvals<NewsData, NewsStatus> IMPORT =
            new RefImport.Approvals<>(RULES, NewsData::status, NewsData::approval);

    /** The problem of a change to a published item by someone who may not publish. */
    static final FieldProblem PUBLISHED_LOCKED = new FieldProblem("status", "news.published.locked");

    private final Access access;

    NewsWorkflow(Access access) {
        this.access = access;
    }

    /** The status and publisher a write records: 400 for a change not allowed, 403 without the right. */
    Workflow.Outcome<NewsStatus> check(NewsItem existing, NewsData data) {
        return RULES.decide(existing, data.status(), data.approval(), actor(data.unit()))
                .orThrow();
    }

    /**
     * The rule beyond the table: a published item stays as the approver let it out. A change to one
     * (its data {@code before} and {@code after} differ) takes the right to publish.
     */
    static Optional<FieldProblem> publishedChange(NewsStatus was, Object before, Object after, boolean mayApprove) {
        return was == PUBLISHED && !mayApprove && !Objects.equals(before, after)
                ? Optional.of(PUBLISHED_LOCKED)
                : Optional.empty();
    }

    /** Refuses (403) a change to a published item by the current user when they may not publish. */
    void checkPublishedChange(NewsItem n, Object before, Object after) {
        publishedChange(n.getStatus(), before, after, access.canApprove(n.getUnitCode()))
                .ifPresent(p -> {
                    throw new AccessDeniedException("Only an approver changes a published news item");
                });
    }

    /** Publishes a draft (403 unless the user may approve the unit; 400 when it is not a draft). */
    void publish(NewsItem n) {
        access.checkWrite(n.getUnitCode());
        RULES.step(n, PUBLISHED, null, actor(n.getUnitCode()), false);
    }

    /** Takes a published item back to a draft (the same right). */
    void unpublish(NewsItem n) {
        access.checkWrite(n.getUnitCode());
        RULES.step(n, DRAFT, null, actor(n.getUnitCode()), false);
    }

    /** The steps the current user may take on an item, for its page: {@code publish}, {@code unpublish}. */
    Set<String> steps(NewsData n) {
        Set<String> steps = new LinkedHashSet<>();
        for (NewsStatus s : RULES.next(n.status(), access.canWrite(n.unit()), access.canApprove(n.unit()))) {
            steps.add(s == PUBLISHED ? "publish" : "unpublish");
        }
        return steps;
    }

    /** The statuses the form may offer for an item (a new one when it has no id). */
    List<NewsStatus> choices(NewsData form) {
        String unit = form.unit() == null ? null : form.unit().trim();
        return RULES.choices(form.id() == null ? null : form.status(), true, unit != null && access.canApprove(unit));
    }

    /** Whether the current user may change this item: drafts by whoever writes the unit, published ones by approvers. */
    boolean mayChange(NewsData n) {
        return access.canWrite(n.unit()) && (n.status() != PUBLISHED || access.canApprove(n.unit()));
    }

    private Workflow.Actor actor(String unit) {
        boolean mayApprove = unit != null && !unit.isBlank() && access.canApprove(unit.trim());
        return new Workflow.Actor(access.current().username(), mayApprove, false);
    }
}
