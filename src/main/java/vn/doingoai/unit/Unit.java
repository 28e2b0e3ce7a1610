package vn.doingoai.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One organisation unit. A code names one unit for all time (24 was Bắc Giang, is now Bắc Ninh). */
@Entity
@Table(name = "org_unit")
public class Unit {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    /** The name it had until 30 June 2025, where the unit that kept the code was renamed. */
    @Column(name = "name_before", length = 300)
    private String nameBefore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitLevel level;

    @Column(name = "parent_code", length = 40)
    private String parentCode;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @Column(name = "merged_into", length = 40)
    private String mergedInto;

    /** A province with a land border keeps border gates, incidents and friendship pairs (set by admins). */
    @Column(nullable = false)
    private boolean border;

    @Version
    private Long version;

    protected Unit() {}

    Unit(String code, String name, UnitLevel level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getNameBefore() {
        return nameBefore;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    public boolean isBorder() {
        return border;
    }

    void setBorder(boolean border) {
        this.border = border;
    }

    public Long getVersion() {
        return version;
    }

    /** The name in use on a date: Bắc Giang for unit 24 before 1 July 2025. */
    public String nameOn(LocalDate date) {
        if (nameBefore != null && date != null && date.isBefore(Units.MERGER_DAY)) {
            return nameBefore;
        }
        return name;
    }

    public boolean isDissolved() {
        return dissolvedOn != null;
    }
}
