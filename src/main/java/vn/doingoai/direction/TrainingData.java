package vn.doingoai.direction;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;

/**
 * A training course in the shape of the dataset document and the API: {@code {"ref": "t1", "unit":
 * "19", "title": "...", "startDate": "2021-05-10", "endDate": "2021-05-12", "trainees": 45}}, with
 * its {@code organiser}, {@code location} and {@code notes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotBlank @PlainText(max = 1000) String title,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @PositiveOrZero Integer trainees,
        @PlainText(max = 300) String organiser,
        @PlainText(max = 500) String location,
        @PlainText(max = 4000) String notes)
        implements RecordData {

    static TrainingData of(Training t, boolean withIdentity) {
        return new TrainingData(
                withIdentity ? t.getId() : null,
                withIdentity ? t.getVersion() : null,
                t.getRef(),
                t.getUnitCode(),
                t.getTitle(),
                t.getStartDate(),
                t.getEndDate(),
                t.getTrainees(),
                t.getOrganiser(),
                t.getLocation(),
                t.getNotes());
    }
}
