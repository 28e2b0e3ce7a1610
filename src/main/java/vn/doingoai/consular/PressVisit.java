package vn.doingoai.consular;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.doingoai.common.Countries;
import vn.doingoai.common.RecordEntity;

/** A visit of foreign press (đoàn phóng viên nước ngoài). Countries are kept as {@code JP,KR}. */
@Entity
@Table(name = "press_visit")
class PressVisit extends RecordEntity {

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(length = 200)
    private String countries;

    private Integer members;

    @Column(length = 500)
    private String agency;

    @Column(length = 1000)
    private String purpose;

    @Override
    public String historyType() {
        return "pressVisit";
    }

    @Override
    public Object historySnapshot() {
        return PressVisitData.of(this, false);
    }

    @Override
    protected String searchableText() {
        return String.join(
                " ",
                getRef() == null ? "" : getRef(),
                agency == null ? "" : agency,
                purpose == null ? "" : purpose,
                countries == null ? "" : countries);
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    List<String> getCountries() {
        return countries == null || countries.isBlank()
                ? List.of()
                : Arrays.stream(countries.split(",")).toList();
    }

    Integer getMembers() {
        return members;
    }

    String getAgency() {
        return agency;
    }

    String getPurpose() {
        return purpose;
    }

    void apply(PressVisitData d) {
        setUnitCode(d.unit().trim());
        if (d.ref() != null && !d.ref().isBlank()) {
            setRef(d.ref().trim());
        }
        startDate = d.startDate();
        endDate = d.endDate();
        String joined = d.countries() == null
                ? null
                : String.join(
                        ",",
                        d.countries().stream()
                                .filter(c -> c != null && !c.isBlank())
                                .map(Countries::code)
                                .distinct()
                                .toList());
        countries = joined == null || joined.isEmpty() ? null : joined;
        members = d.members();
        agency = Book.blankToNull(d.agency());
        purpose = Book.blankToNull(d.purpose());
    }
}
