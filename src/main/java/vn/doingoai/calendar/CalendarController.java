package vn.doingoai.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/**
 * {@code /api/v1/calendar.ics?unit=CODE}: the unit's delegations and events as iCalendar (RFC
 * 5545), written by ical4j (escaping, line folding): one all-day event per entry.
 */
@RestController
class CalendarController {

    private static final String PRODUCT = "-//Doi Ngoai//Calendar//VI";

    private final List<CalendarSource> sources;
    private final Access access;

    CalendarController(List<CalendarSource> sources, Access access) {
        this.sources = sources;
        this.access = access;
    }

    @GetMapping(value = "/api/v1/calendar.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@RequestParam(required = false) String unit) {
        UnitScope scope = access.scope(unit, true);
        List<CalendarSource.CalendarEntry> entries = new ArrayList<>();
        sources.forEach(s -> entries.addAll(s.entries(scope)));
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        DtStamp stamp = new DtStamp(Instant.now());
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        for (CalendarSource.CalendarEntry e : entries) {
            calendar.add(event(e, stamp, base));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(calendar.toString());
    }

    /** An all-day event: DTEND is the day after the last day, as RFC 5545 counts it. */
    private static VEvent event(CalendarSource.CalendarEntry e, DtStamp stamp, String base) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(stamp);
        event.add(new net.fortuna.ical4j.model.property.DtStart<>(e.start()));
        event.add(new net.fortuna.ical4j.model.property.DtEnd<>((e.end() == null ? e.start() : e.end()).plusDays(1)));
        event.add(new net.fortuna.ical4j.model.property.Summary(e.summary() == null ? "" : e.summary()));
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(e.description()));
        }
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(e.location()));
        }
        if (e.link() != null) {
            event.add(new Url(URI.create(base + e.link())));
        }
        return event;
    }
}
