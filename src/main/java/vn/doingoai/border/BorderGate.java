package vn.doingoai.border;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.doingoai.common.Countries;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;

/** A border gate of a province, with its closures. */
@Entity
@Table(name = "border_gate")
class BorderGate extends RecordEntity {

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GateKind kind;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(length = 300)
    private String counterpart;

    @Column(length = 4000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "border_gate_closure", joinColumns = @JoinColumn(name = "gate_id"))
    @OrderColumn(name = "position_index")
    private List<BorderClosure> closures = new ArrayList<>();

    @Override
    public String historyType() {
        return "borderGate";
    }

    @Override
    public Object historySnapshot() {
        return BorderGateData.of(this, false);
    }

    @Override
    protected String searchableText() {
        return Text.foldAll(name, counterpart, country);
    }

    String getName() {
        return name;
    }

    GateKind getKind() {
        return kind;
    }

    String getCountry() {
        return country;
    }

    String getCounterpart() {
        return counterpart;
    }

    String getNotes() {
        return notes;
    }

    List<BorderClosure> getClosures() {
        return closures;
    }

    void apply(BorderGateData data) {
        this.name = data.name().trim();
        this.kind = data.kind();
        this.country = Countries.code(data.country());
        this.counterpart = Text.blankToNull(data.counterpart());
        this.notes = Text.blankToNull(data.notes());
        List<BorderClosure> given = BorderGateData.closuresGiven(data).stream()
                .map(c -> new BorderClosure(c.from(), c.to(), Text.blankToNull(c.reason())))
                .toList();
        if (!this.closures.equals(given)) {
            this.closures.clear();
            this.closures.addAll(given);
        }
        setUnitCode(data.unit().trim());
        if (!Text.isBlank(data.ref())) {
            setRef(data.ref().trim());
        }
    }
}
