package vn.doingoai.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.period.Period;

/** One value of an indicator for a unit and a period, actual or planned. */
@Entity
@Table(name = "indicator_value")
class IndicatorValue extends RecordEntity {

    @Column(name = "indicator_code", nullable = false, length = 100)
    private String indicatorCode;

    /** The period's code for display ({@code 2021-H1}); the dates are what count. */
    @Column(name = "period_code", nullable = false, length = 40)
    private String periodCode;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ValueKind kind;

    @Column(name = "amount", nullable = false, precision = 30, scale = 6)
    private BigDecimal value;

    @Column(length = 2000)
    private String note;

    @Override
    public String historyType() {
        return "indicatorValue";
    }

    @Override
    public Object historySnapshot() {
        return IndicatorValueData.of(this, false);
    }

    @Override
    protected String searchableText() {
        return String.join(" ", indicatorCode, periodCode, note == null ? "" : note);
    }

    String getIndicatorCode() {
        return indicatorCode;
    }

    String getPeriodCode() {
        return periodCode;
    }

    LocalDate getPeriodFrom() {
        return periodFrom;
    }

    LocalDate getPeriodTo() {
        return periodTo;
    }

    Period period() {
        return Period.of(periodFrom, periodTo);
    }

    ValueKind getKind() {
        return kind;
    }

    BigDecimal getValue() {
        return value;
    }

    String getNote() {
        return note;
    }

    void apply(String indicatorCode, String unitCode, Period period, ValueKind kind, BigDecimal value, String note) {
        this.indicatorCode = indicatorCode;
        setUnitCode(unitCode);
        this.periodCode = period.toString();
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.kind = kind;
        if (this.value == null || this.value.compareTo(value) != 0) {
            this.value = value;
        }
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    void changeValue(BigDecimal value) {
        if (this.value == null || this.value.compareTo(value) != 0) {
            this.value = value;
        }
    }
}
