package vn.doingoai.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A bridge point (điểm cầu) of an online or hybrid event: a place and its country. */
@Embeddable
public record BridgePoint(
        @Column(name = "place", length = 300) @NotBlank @Size(max = 300) String place,
        @Column(name = "country", length = 2) @NotBlank @Size(min = 2, max = 2) String country) {

    boolean isBlank() {
        return (place == null || place.isBlank()) && (country == null || country.isBlank());
    }
}
