package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by modules whose records carry out an agreement (events, delegations), so that the
 * agreement's page lists "the activities that carry it out" without this module knowing them.
 */
public interface AgreementActivities {

    /** The activities of the given agreement, visible to the current user. */
    List<Activity> activitiesOf(Long agreementId);

    /**
     * @param type a message key naming the record type ({@code nav.events})
     * @param title the record's title
     * @param date the day it started, may be null
     * @param detail a line about it (place, role), may be empty
     * @param link the record's page
     */
    record Activity(String type, String title, LocalDate date, String detail, String link) {}
}
