package vn.doingoai.delegation;

/** Outgoing (đoàn ra: our officials go abroad) or incoming (đoàn vào: a foreign delegation comes). */
public enum DelegationDirection {
    OUTGOING,
    INCOMING
}
