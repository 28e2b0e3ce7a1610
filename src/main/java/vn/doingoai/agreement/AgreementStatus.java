package vn.doingoai.agreement;

/** Where an agreement stands. "In force" is not a status: it is derived from SIGNED and the dates. */
public enum AgreementStatus {
    /** Drafted, under consultation, not signed yet. */
    PROPOSED,
    SIGNED,
    TERMINATED
}
