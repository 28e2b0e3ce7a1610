package vn.doingoai.direction;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by modules whose records carry out a policy document (agreements, delegations,
 * events), so that the document's page lists them without this module knowing them.
 */
public interface DocumentActivities {

    /** The records carrying out the document that the current user may see. */
    List<Activity> activitiesOf(Long documentId);

    /**
     * @param type a message key naming the record type ({@code nav.events})
     * @param title the record's title
     * @param date the day it started or was signed, may be null
     * @param link the record's page
     */
    record Activity(String type, String title, LocalDate date, String link) {}
}
