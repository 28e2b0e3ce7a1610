package vn.doingoai.delegation;

import java.util.Set;

/** Where a delegation stands: proposed, then approved or rejected, then done or cancelled. */
public enum DelegationStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    CANCELLED,
    DONE;

    /** The statuses the reports count: approved or done. */
    public static final Set<DelegationStatus> COUNTED = Set.of(APPROVED, DONE);

    /** Whether the delegation takes place (for the calendar): neither rejected nor cancelled. */
    public boolean takesPlace() {
        return this != REJECTED && this != CANCELLED;
    }
}
