package vn.doingoai.common;

/**
 * A record with an approval workflow ({@link Workflow}): its status and approval, which only the
 * workflow's decision sets.
 *
 * @param <S> the record type's status
 */
public interface Approvable<S extends Enum<S>> {

    S getStatus();

    Approval getApproval();

    /** Sets the status and approval a {@link Workflow} decided. */
    void decide(S status, Approval approval);
}
