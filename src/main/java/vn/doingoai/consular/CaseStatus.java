package vn.doingoai.consular;

/** Where a citizen protection case stands. */
public enum CaseStatus {
    OPEN,
    IN_PROGRESS,
    CLOSED
}
