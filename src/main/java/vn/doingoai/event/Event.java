package vn.doingoai.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.doingoai.common.Countries;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;
import vn.doingoai.direction.DocumentLinks;

@Entity
@Table(name = "event")
class Event extends RecordEntity implements DocumentLinks.Carrier {

    @Column(nullable = false, length = 1000)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventRole role;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private Integer participants;

    @Column(name = "participants_note", length = 500)
    private String participantsNote;

    @Column(length = 500)
    private String location;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(length = 4000)
    private String description;

    @ElementCollection
    @CollectionTable(name = "event_partner", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position_index")
    @Column(name = "partner_id", nullable = false)
    private List<Long> partnerIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_bridge_point", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position_index")
    private List<BridgePoint> bridgePoints = new ArrayList<>();

    /** The number of bridge points, kept with the event for the report's sums. */
    @Column(name = "bridge_point_count", nullable = false)
    private int bridgePointCount;

    /** Set by the service before a write, for the history and the search text. */
    private transient List<String> partnerRefs = List.of();

    private transient String partnerNames = "";

    private transient String agreementRef;

    /** The policy document it carries out (its id, and its ref for the data shape: see {@code EventDocuments}). */
    @Column(name = "document_id")
    private Long documentId;

    private transient String documentRef;

    @Override
    public String historyType() {
        return "event";
    }

    @Override
    public Object historySnapshot() {
        return EventData.of(this, partnerRefs, agreementRef, false);
    }

    @Override
    protected String searchableText() {
        StringBuilder text = new StringBuilder(title);
        if (location != null) {
            text.append(' ').append(location);
        }
        bridgePoints.forEach(b -> text.append(' ').append(b.place()));
        if (partnerNames != null) {
            text.append(' ').append(partnerNames);
        }
        return text.toString();
    }

    String getTitle() {
        return title;
    }

    EventType getType() {
        return type;
    }

    EventFormat getFormat() {
        return format;
    }

    EventRole getRole() {
        return role;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    Integer getParticipants() {
        return participants;
    }

    String getParticipantsNote() {
        return participantsNote;
    }

    String getLocation() {
        return location;
    }

    Long getAgreementId() {
        return agreementId;
    }

    String getDescription() {
        return description;
    }

    List<Long> getPartnerIds() {
        return partnerIds;
    }

    List<BridgePoint> getBridgePoints() {
        return bridgePoints;
    }

    /** The policy document it carries out: its id, and its ref for the data shape. */
    @Override
    public void linkDocument(Long documentId, String documentRef) {
        this.documentId = documentId;
        this.documentRef = documentRef;
    }

    @Override
    public Long getDocumentId() {
        return documentId;
    }

    String getDocumentRef() {
        return documentRef;
    }

    void remember(List<String> partnerRefs, String partnerNames, String agreementRef) {
        this.partnerRefs = partnerRefs;
        this.partnerNames = partnerNames;
        this.agreementRef = agreementRef;
    }

    void apply(EventData data, List<Long> partnerIds, Long agreementId) {
        this.title = data.title().trim();
        this.type = data.type();
        this.format = data.format();
        this.role = data.role();
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.participants = data.participants();
        this.participantsNote = Text.blankToNull(data.participantsNote());
        this.location = Text.blankToNull(data.location());
        this.agreementId = agreementId;
        this.description = Text.blankToNull(data.description());
        setUnitCode(data.unit().trim());
        if (!this.partnerIds.equals(partnerIds)) {
            this.partnerIds.clear();
            this.partnerIds.addAll(partnerIds);
        }
        List<BridgePoint> points = data.bridgePoints() == null
                ? List.of()
                : data.bridgePoints().stream()
                        .filter(b -> b != null && !b.isBlank())
                        .map(b -> new BridgePoint(b.place().trim(), Countries.code(b.country())))
                        .toList();
        if (!this.bridgePoints.equals(points)) {
            this.bridgePoints.clear();
            this.bridgePoints.addAll(points);
        }
        this.bridgePointCount = points.size();
        if (data.ref() != null && !data.ref().isBlank()) {
            setRef(data.ref().trim());
        }
    }
}
