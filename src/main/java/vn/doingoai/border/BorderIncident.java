package vn.doingoai.border;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;

/** An incident at the border (vụ việc biên giới), at a gate or not, and its resolution. */
@Entity
@Table(name = "border_incident")
class BorderIncident extends RecordEntity {

    @Column(name = "gate_id")
    private Long gateId;

    @Column(name = "incident_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(length = 1000)
    private String resolution;

    /** Set by the service before a write, for the history and the search text. */
    private transient String gateRef;

    private transient String gateName = "";

    @Override
    public String historyType() {
        return "borderIncident";
    }

    @Override
    public Object historySnapshot() {
        return BorderIncidentData.of(this, gateRef, false);
    }

    @Override
    protected String searchableText() {
        return Text.foldAll(summary, gateName, resolution);
    }

    Long getGateId() {
        return gateId;
    }

    LocalDate getDate() {
        return date;
    }

    String getSummary() {
        return summary;
    }

    LocalDate getResolvedOn() {
        return resolvedOn;
    }

    String getResolution() {
        return resolution;
    }

    void remember(String gateRef, String gateName) {
        this.gateRef = gateRef;
        this.gateName = gateName == null ? "" : gateName;
    }

    void apply(BorderIncidentData data, Long gateId) {
        this.gateId = gateId;
        this.date = data.date();
        this.summary = data.summary().trim();
        this.resolvedOn = data.resolvedOn();
        this.resolution = Text.blankToNull(data.resolution());
        setUnitCode(data.unit().trim());
        if (!Text.isBlank(data.ref())) {
            setRef(data.ref().trim());
        }
    }
}
