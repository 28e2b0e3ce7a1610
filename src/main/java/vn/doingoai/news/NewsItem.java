package vn.doingoai.news;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doingoai.common.Approvable;
import vn.doingoai.common.Approval;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;
import vn.doingoai.document.StoredDocument;

@Entity
@Table(name = "news")
class NewsItem extends RecordEntity implements Approvable<NewsStatus> {

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 2000)
    private String summary;

    /** HTML, cleaned by {@link NewsBody} before it is kept. */
    @Column(length = NewsBody.MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NewsStatus status;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** The approver who published it: never shown on the public pages. */
    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "delegation_id")
    private Long delegationId;

    @Column(name = "event_id")
    private Long eventId;

    @Embedded
    private StoredDocument picture;

    /** Set by the service before a write, for the history. */
    private transient NewsLinks.Refs refs = NewsLinks.Refs.NONE;

    @Override
    public String historyType() {
        return "news";
    }

    @Override
    public Object historySnapshot() {
        return NewsData.of(this, refs, NewsData.Shape.HISTORY);
    }

    @Override
    protected String searchableText() {
        return String.join(" ", title, summary == null ? "" : summary);
    }

    String getLanguage() {
        return language;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    String getBody() {
        return body;
    }

    @Override
    public NewsStatus getStatus() {
        return status;
    }

    LocalDate getPublishedOn() {
        return publishedOn;
    }

    @Override
    public Approval getApproval() {
        return new Approval(null, null, publishedBy);
    }

    /**
     * Sets the status and publisher the workflow decided. Published, it keeps the day it names or
     * takes today; back to a draft, it no longer has a publisher.
     */
    @Override
    public void decide(NewsStatus status, Approval approval) {
        this.status = status;
        if (status == NewsStatus.PUBLISHED) {
            this.publishedBy = approval.by();
            if (publishedOn == null) {
                publishedOn = LocalDate.now();
            }
        } else {
            this.publishedBy = null;
        }
    }

    Long getAgreementId() {
        return agreementId;
    }

    Long getDelegationId() {
        return delegationId;
    }

    Long getEventId() {
        return eventId;
    }

    StoredDocument getPicture() {
        return picture;
    }

    void setPicture(StoredDocument picture) {
        this.picture = picture;
    }

    void remember(NewsLinks.Refs refs) {
        this.refs = refs;
    }

    /** Writes the data's values (the body cleaned), but the status and publisher (see {@link #decide}). */
    void apply(NewsData data, NewsLinks.Ids ids, NewsLinks.Refs refs) {
        this.language = data.language().trim();
        this.title = data.title().trim();
        this.summary = Text.blankToNull(data.summary());
        this.body = Text.blankToNull(NewsBody.clean(data.body()));
        if (data.publishedOn() != null) {
            this.publishedOn = data.publishedOn(); // a date left out keeps the item's
        }
        this.agreementId = ids.agreement();
        this.delegationId = ids.delegation();
        this.eventId = ids.event();
        this.refs = refs;
        setUnitCode(data.unit().trim());
        if (data.ref() != null && !data.ref().isBlank()) {
            setRef(data.ref().trim());
        }
    }
}
