package vn.doingoai.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/** {@code /api/v1/calendar.ics?unit=CODE}: the unit's delegations and events as iCalendar (RFC 5545). */
@RestController
class CalendarController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

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
        String stamp = STAMP.format(Instant.now());
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Doi Ngoai//Calendar//VI");
        line(ics, "CALSCALE:GREGORIAN");
        for (CalendarSource.CalendarEntry e : entries) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + escape(e.uid()));
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;VALUE=DATE:" + DATE.format(e.start()));
            line(ics, "DTEND;VALUE=DATE:" + DATE.format((e.end() == null ? e.start() : e.end()).plusDays(1)));
            line(ics, "SUMMARY:" + escape(e.summary()));
            if (e.description() != null && !e.description().isBlank()) {
                line(ics, "DESCRIPTION:" + escape(e.description()));
            }
            if (e.location() != null && !e.location().isBlank()) {
                line(ics, "LOCATION:" + escape(e.location()));
            }
            if (e.link() != null) {
                line(ics, "URL:" + base + e.link());
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .body(ics.toString());
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("\\", "\\\\")
                        .replace(";", "\\;")
                        .replace(",", "\\,")
                        .replace("\r\n", "\\n")
                        .replace("\n", "\\n");
    }

    /** Writes a content line folded at 75 octets, as RFC 5545 asks, without splitting a character. */
    static void line(StringBuilder out, String line) {
        int count = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            byte[] bytes = ch.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (count + bytes.length > 75) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                count = 1;
            }
            current.append(ch);
            count += bytes.length;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }
}
