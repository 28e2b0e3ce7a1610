package vn.doingoai.common;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.doingoai.history.Historied;
import vn.doingoai.history.HistoryListener;

/**
 * What every record has: an id, a version for optimistic locking, the client's {@code ref}, the
 * organisation unit it belongs to, who made and changed it and when, and a folded search text.
 * Declaring an entity as a {@code RecordEntity} is all it takes to keep its history.
 */
@MappedSuperclass
@EntityListeners(HistoryListener.class)
public abstract class RecordEntity implements Historied {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_seq")
    @SequenceGenerator(name = "record_seq", sequenceName = "record_seq", allocationSize = 50)
    private Long id;

    @Version
    private Long version;

    @Column(length = 200)
    private String ref;

    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Column(name = "search_text", length = 4000)
    private String searchText;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    /** The texts a search matches: names, titles, places. They are folded before they are kept. */
    protected abstract String searchableText();

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        String user = HistoryListener.currentUsername();
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
            createdBy = user;
        }
        updatedAt = now;
        updatedBy = user;
        if (ref == null || ref.isBlank()) {
            ref = historyType() + "-" + java.util.UUID.randomUUID().toString().substring(0, 13);
        }
        String folded = Text.fold(searchableText());
        searchText = folded.length() > 4000 ? folded.substring(0, 4000) : folded;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getSearchText() {
        return searchText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
