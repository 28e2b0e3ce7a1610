package vn.doingoai.partner;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Registered by modules whose records refer to partners (agreements, delegations, events,
 * investments, aid), so that a partner's page lists them without this module knowing them. A module
 * declares its links as a bean made by {@link #of}:
 *
 * <pre>{@code
 * @Bean
 * PartnerLinks eventsOfPartner(EventBook events, EventRepository repository) {
 *     return PartnerLinks.of(events::ofPartner, repository::unitsNaming, e -> new LinkedRecord(...));
 * }
 * }</pre>
 */
public interface PartnerLinks {

    List<LinkedRecord> linkedTo(Long partnerId);

    /**
     * The units whose records name the partner, whoever asks (not only those the current user may
     * see): a partner used by other units' records may be changed only by someone who may write
     * the records of all of them.
     */
    Set<String> unitsUsing(Long partnerId);

    /**
     * @param type a message key naming the record type ({@code nav.delegations})
     * @param title the record's title
     * @param detail a line about it (dates, status)
     * @param link the record's page
     */
    record LinkedRecord(String type, String title, String detail, String link) {}

    /**
     * The links of a module's records to a partner.
     *
     * @param naming the records naming a partner that the current user may read
     * @param unitsUsing the units of all the records naming a partner ({@code repository::unitsNaming})
     * @param linked how one record is listed on the partner's page
     */
    static <R> PartnerLinks of(
            Function<Long, ? extends Collection<R>> naming,
            Function<Long, Set<String>> unitsUsing,
            Function<? super R, LinkedRecord> linked) {
        return new Declared<>(naming, unitsUsing, linked);
    }

    /** Links declared by {@link #of}. */
    record Declared<R>(
            Function<Long, ? extends Collection<R>> naming,
            Function<Long, Set<String>> units,
            Function<? super R, LinkedRecord> linked)
            implements PartnerLinks {

        @Override
        public List<LinkedRecord> linkedTo(Long partnerId) {
            return naming.apply(partnerId).stream().<LinkedRecord>map(linked).toList();
        }

        @Override
        public Set<String> unitsUsing(Long partnerId) {
            return units.apply(partnerId);
        }
    }
}
