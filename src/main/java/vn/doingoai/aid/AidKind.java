package vn.doingoai.aid;

/** The kinds of aid of the contract. */
public enum AidKind {
    PROGRAMME,
    PROJECT,
    NON_PROJECT,
    EMERGENCY_RELIEF,
    ODA
}
