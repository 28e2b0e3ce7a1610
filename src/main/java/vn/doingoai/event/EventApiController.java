package vn.doingoai.event;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/events}, newest first. */
@RestController
@RequestMapping("/api/v1/events")
class EventApiController extends RecordApi<EventData, EventFilter> {

    EventApiController(EventBook events) {
        super(events, Sort.by(Sort.Direction.DESC, "startDate", "id"));
    }

    /** The API's filter of the format is {@code format} (the pages' {@code eventFormat}: their {@code format=xlsx} asks for Excel). */
    @InitBinder
    void formatFilter(WebDataBinder binder) {
        binder.setNameResolver(p -> "eventFormat".equals(p.getParameterName()) ? "format" : null);
    }
}
