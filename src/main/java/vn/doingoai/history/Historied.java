package vn.doingoai.history;

/** A record whose every change is kept. */
public interface Historied {

    Long getId();

    /** The record type, as it appears in the history and in links: {@code delegation}. */
    String historyType();

    /** The unit the record belongs to, or null. */
    String getUnitCode();

    /** The record's values as they should appear in its history, usually its API representation. */
    Object historySnapshot();
}
