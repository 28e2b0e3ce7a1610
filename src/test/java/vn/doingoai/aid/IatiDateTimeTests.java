package vn.doingoai.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** IATI timestamps keep their seconds even at :00 (xs:dateTime requires them). */
class IatiDateTimeTests {

    @Test
    void secondsAreNeverDropped() {
        assertThat(IatiExport.dateTime(OffsetDateTime.of(2026, 11, 22, 12, 5, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2026-11-22T12:05:00Z");
        assertThat(IatiExport.dateTime(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 600_000_000, ZoneOffset.ofHours(7))))
                .isEqualTo("2026-01-02T03:04:05+07:00");
    }
}
