package vn.doingoai.investment;

/** The status of an FDI project; {@code endedOn} is set for a terminated one. */
public enum InvestmentStatus {
    ACTIVE,
    SUSPENDED,
    TERMINATED
}
