package vn.doingoai.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.PlainText;

/** A bridge point (điểm cầu) of an online or hybrid event: a place and its country. */
@Embeddable
public record BridgePoint(
        @Column(name = "place", length = 300) @NotBlank @PlainText(max = 300) String place,
        @Column(name = "country", length = 2) @NotBlank @CountryCode String country) {

    boolean isBlank() {
        return (place == null || place.isBlank()) && (country == null || country.isBlank());
    }
}
