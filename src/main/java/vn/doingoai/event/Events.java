package vn.doingoai.event;

import java.util.List;
import org.springframework.stereotype.Service;

/** The lookups of events that other modules use (the keeping of events is {@link EventBook}'s). */
@Service
public class Events {

    private final EventBook book;

    Events(EventBook book) {
        this.book = book;
    }

    /** The events a partner took part in that the current user may see (an association's page lists them). */
    public List<EventData> ofPartner(Long partnerId) {
        return book.ofPartner(partnerId);
    }
}
