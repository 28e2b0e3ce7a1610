package vn.doingoai.event;

import java.time.LocalDate;

/**
 * What the public pages may show of an event: its title, type, dates and place. Never its
 * participants, their names, its partners or its description.
 *
 * @param type the {@code EventType}'s name (its label is the message {@code event.type.<type>})
 * @param place where it takes place: the location, and the bridge points of an online event
 */
@org.springframework.modulith.NamedInterface("public")
public record PublicEvent(Long id, String title, String type, LocalDate startDate, LocalDate endDate, String place) {}
