package vn.doingoai.direction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;

/** A foreign-affairs training course (tập huấn, bồi dưỡng) and its trainees. */
@Entity
@Table(name = "training")
class Training extends RecordEntity {

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private Integer trainees;

    @Column(length = 300)
    private String organiser;

    @Column(length = 500)
    private String location;

    @Column(length = 4000)
    private String notes;

    @Override
    public String historyType() {
        return "training";
    }

    @Override
    public Object historySnapshot() {
        return TrainingData.of(this, false);
    }

    @Override
    protected String searchableText() {
        return Text.foldAll(title, organiser, location);
    }

    String getTitle() {
        return title;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    Integer getTrainees() {
        return trainees;
    }

    String getOrganiser() {
        return organiser;
    }

    String getLocation() {
        return location;
    }

    String getNotes() {
        return notes;
    }

    void apply(TrainingData data) {
        this.title = data.title().trim();
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.trainees = data.trainees();
        this.organiser = Text.blankToNull(data.organiser());
        this.location = Text.blankToNull(data.location());
        this.notes = Text.blankToNull(data.notes());
        setUnitCode(data.unit().trim());
        if (data.ref() != null && !data.ref().isBlank()) {
            setRef(data.ref().trim());
        }
    }
}
