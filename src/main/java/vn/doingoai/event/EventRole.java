package vn.doingoai.event;

/** The unit's part in an event. CO_HOSTED counts as hosted in the figures. */
public enum EventRole {
    HOSTED,
    CO_HOSTED,
    ATTENDED;

    public boolean hosting() {
        return this != ATTENDED;
    }
}
