package vn.doingoai.event;

/** How an event is held. ONLINE and HYBRID events count as online in the figures. */
public enum EventFormat {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public boolean online() {
        return this != IN_PERSON;
    }
}
