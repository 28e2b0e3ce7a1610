package vn.doingoai.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An indicator: its code, names, unit of measure and how values of several units add up. */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    @Column(length = 100)
    private String code;

    @Version
    private Long version;

    @Column(name = "name_vi", nullable = false, length = 300)
    private String nameVi;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Column(nullable = false, length = 40)
    private String measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Aggregation aggregation;

    @Column(nullable = false)
    private boolean builtin;

    protected Indicator() {}

    Indicator(String code, String nameVi, String nameEn, String measure, Aggregation aggregation) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.measure = measure;
        this.aggregation = aggregation;
    }

    String getCode() {
        return code;
    }

    String getNameVi() {
        return nameVi;
    }

    String getNameEn() {
        return nameEn;
    }

    String getMeasure() {
        return measure;
    }

    Aggregation getAggregation() {
        return aggregation;
    }

    boolean isBuiltin() {
        return builtin;
    }
}
