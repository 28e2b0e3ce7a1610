package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Implemented by modules whose records carry out an agreement (events, delegations), so that the
 * agreement's page lists "the activities that carry it out" without this module knowing them. A
 * module declares them as a bean made by {@link #of}.
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

    /**
     * @param records the module's records carrying out an agreement, visible to the current user
     * @param activity one record as an activity
     */
    static <R> AgreementActivities of(
            Function<Long, ? extends Collection<R>> records, Function<? super R, Activity> activity) {
        return agreementId ->
                records.apply(agreementId).stream().<Activity>map(activity).toList();
    }
}
