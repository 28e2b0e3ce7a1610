package vn.doingoai.border;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;

/**
 * A gate in the shape of the dataset document and the API: {@code {"ref": "b1", "unit": "02",
 * "name": "Thanh Thủy", "kind": "INTERNATIONAL", "country": "CN", "counterpart": "Thiên Bảo",
 * "closures": [{"from": "2020-02-01", "to": null, "reason": "..."}]}}, with {@code notes}; the API
 * also answers {@code openToday} (read only), true when none of its closures covers today.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BorderGateData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotBlank @PlainText(max = 300) String name,
        @NotNull GateKind kind,
        @NotBlank @CountryCode String country,
        @PlainText(max = 300) String counterpart,
        List<@Valid BorderClosure> closures,
        @PlainText(max = 4000) String notes,
        Boolean openToday)
        implements RecordData {

    /** The closure that covers a day, if the gate was closed then. */
    public Optional<BorderClosure> closureOn(LocalDate day) {
        return closures == null
                ? Optional.empty()
                : closures.stream().filter(c -> c != null && c.covers(day)).findFirst();
    }

    public boolean openOn(LocalDate day) {
        return closureOn(day).isEmpty();
    }

    /** The closures given, without the rows a form left blank. */
    static List<BorderClosure> closuresGiven(BorderGateData data) {
        return data.closures() == null
                ? List.of()
                : data.closures().stream()
                        .filter(c -> c != null && !c.isBlank())
                        .toList();
    }

    static BorderGateData of(BorderGate g, boolean withIdentity) {
        BorderGateData data = new BorderGateData(
                withIdentity ? g.getId() : null,
                withIdentity ? g.getVersion() : null,
                g.getRef(),
                g.getUnitCode(),
                g.getName(),
                g.getKind(),
                g.getCountry(),
                g.getCounterpart(),
                List.copyOf(g.getClosures()),
                g.getNotes(),
                null);
        return withIdentity ? data.withOpenToday(data.openOn(LocalDate.now())) : data;
    }

    private BorderGateData withOpenToday(boolean open) {
        return new BorderGateData(id, version, ref, unit, name, kind, country, counterpart, closures, notes, open);
    }
}
