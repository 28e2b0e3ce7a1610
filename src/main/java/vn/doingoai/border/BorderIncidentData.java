package vn.doingoai.border;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;

/**
 * An incident in the shape of the dataset document and the API: {@code {"ref": "x1", "unit": "02",
 * "gate": "b1", "date": "2021-04-02", "summary": "...", "resolvedOn": "2021-04-05"}}, with {@code
 * resolution} (how it was resolved); {@code gate} is the ref (on input also the id) of a gate of
 * the same province, or null; {@code resolvedOn} null while it is open.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BorderIncidentData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @PlainText(max = 200) String gate,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotBlank @PlainText(max = 4000) String summary,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resolvedOn,
        @PlainText(max = 1000) String resolution)
        implements RecordData {

    static BorderIncidentData of(BorderIncident i, String gateRef, boolean withIdentity) {
        return new BorderIncidentData(
                withIdentity ? i.getId() : null,
                withIdentity ? i.getVersion() : null,
                i.getRef(),
                i.getUnitCode(),
                gateRef,
                i.getDate(),
                i.getSummary(),
                i.getResolvedOn(),
                i.getResolution());
    }
}
