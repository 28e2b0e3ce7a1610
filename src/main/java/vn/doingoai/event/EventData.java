package vn.doingoai.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;

/**
 * An event in the shape of the dataset document and the API: {@code {"ref": "e1", "unit": "24",
 * "title": "...", "type": "TRADE_PROMOTION", "format": "ONLINE", "role": "HOSTED", "startDate":
 * "2021-06-01", "endDate": "2021-06-01", "partners": [], "bridgePoints": [{"place": "Tokyo",
 * "country": "JP"}]}}, with {@code participants}, {@code participantsNote}, {@code location},
 * {@code agreement} (the ref, or on input the id, of the agreement it carries out), {@code
 * description} and {@code document} (the ref, or on input the id, of the policy document it carries
 * out).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotBlank @PlainText(max = 1000) String title,
        @NotNull EventType type,
        @NotNull EventFormat format,
        @NotNull EventRole role,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @RefersTo("partners") List<@NotBlank @PlainText(max = 200) String> partners,
        List<@Valid BridgePoint> bridgePoints,
        @PositiveOrZero Integer participants,
        @PlainText(max = 500) String participantsNote,
        @PlainText(max = 500) String location,
        @PlainText(max = 200) String agreement,
        @PlainText(max = 4000) String description,
        @PlainText(max = 200) String document)
        implements RecordData {

    /** An event that names no policy document. */
    public EventData(
            Long id,
            Long version,
            String ref,
            String unit,
            String title,
            EventType type,
            EventFormat format,
            EventRole role,
            LocalDate startDate,
            LocalDate endDate,
            List<String> partners,
            List<BridgePoint> bridgePoints,
            Integer participants,
            String participantsNote,
            String location,
            String agreement,
            String description) {
        this(
                id,
                version,
                ref,
                unit,
                title,
                type,
                format,
                role,
                startDate,
                endDate,
                partners,
                bridgePoints,
                participants,
                participantsNote,
                location,
                agreement,
                description,
                null);
    }

    /** Where it takes place, for a calendar: the location, and the bridge points of an online or hybrid event. */
    public String place() {
        StringBuilder place = new StringBuilder(location == null ? "" : location);
        if (format != null && format.online() && bridgePoints != null) {
            for (BridgePoint b : bridgePoints) {
                if (place.length() > 0) {
                    place.append("; ");
                }
                place.append(b.place()).append(" (").append(b.country()).append(')');
            }
        }
        return place.toString();
    }

    static EventData of(Event e, List<String> partnerRefs, String agreementRef, boolean withIdentity) {
        return new EventData(
                withIdentity ? e.getId() : null,
                withIdentity ? e.getVersion() : null,
                e.getRef(),
                e.getUnitCode(),
                e.getTitle(),
                e.getType(),
                e.getFormat(),
                e.getRole(),
                e.getStartDate(),
                e.getEndDate(),
                List.copyOf(partnerRefs),
                List.copyOf(e.getBridgePoints()),
                e.getParticipants(),
                e.getParticipantsNote(),
                e.getLocation(),
                agreementRef,
                e.getDescription(),
                e.getDocumentRef());
    }
}
