package vn.doingoai.common;

/** A data shape with its record's identity: the API's records carry both, a {@code PUT} sends the version back. */
public interface Versioned {

    /** The record's id; null in the dataset document and in a new record. */
    Long id();

    /** The version read; a replace must send it back (409 when stale). */
    Long version();
}
