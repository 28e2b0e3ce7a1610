package vn.doingoai.border;

/** The kinds of border gate (API.md). */
public enum GateKind {
    /** Cửa khẩu quốc tế. */
    INTERNATIONAL,
    /** Cửa khẩu chính (song phương). */
    MAIN,
    /** Cửa khẩu phụ. */
    SECONDARY,
    /** Lối mở. */
    CROSSING
}
