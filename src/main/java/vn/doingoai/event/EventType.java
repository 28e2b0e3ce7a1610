package vn.doingoai.event;

/** The kinds of event of the contract. */
public enum EventType {
    CONFERENCE,
    SEMINAR,
    TALKS,
    TRADE_PROMOTION,
    CULTURAL,
    RECEPTION,
    /** A homeland event for overseas Vietnamese ("Xuân quê hương"). */
    HOMELAND,
    OTHER
}
