package vn.doingoai.partner;

import java.util.List;
import java.util.Set;

/**
 * Implemented by modules whose records refer to partners (agreements, delegations, events,
 * investments, aid), so that a partner's page lists them without this module knowing them.
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
}
