package vn.doingoai.event;

import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.common.PageResponse;

/** {@code /api/v1/events}. */
@RestController
@RequestMapping("/api/v1/events")
class EventApiController {

    private final Events events;

    EventApiController(Events events) {
        this.events = events;
    }

    @GetMapping
    PageResponse<EventData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) EventType type,
            @RequestParam(required = false) EventFormat format,
            @RequestParam(required = false) EventRole role,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) Boolean hosting,
            @RequestParam(required = false) Boolean online,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(
                Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, "startDate", "id"));
        return PageResponse.of(
                events.list(new EventFilter(unit, q, type, format, role, from, to, country, hosting, online), pageable),
                e -> e);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EventData create(@jakarta.validation.Valid @RequestBody EventData data) {
        return events.create(data);
    }

    @GetMapping("/{id}")
    EventData get(@PathVariable Long id) {
        return events.read(id);
    }

    @PutMapping("/{id}")
    EventData update(@PathVariable Long id, @jakarta.validation.Valid @RequestBody EventData data) {
        return events.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        events.delete(id);
    }
}
