package vn.doingoai.aid;

/**
 * Where an aid item stands: proposed (the default, also for items recorded without a status), then
 * approved or rejected by the province leader. The aid figures do not depend on it.
 */
public enum AidStatus {
    PROPOSED,
    APPROVED,
    REJECTED
}
