package vn.doingoai.common;

/** A write based on a version that is no longer current (409); nothing was changed. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(long expected, Long sent) {
        super("The record has changed since it was read: version " + expected + " is current, " + sent + " was sent");
    }

    /** Throws when the version a client sent is missing or not the current one. */
    public static void check(RecordEntity entity, Long sentVersion) {
        if (sentVersion == null
                || entity.getVersion() == null
                || !entity.getVersion().equals(sentVersion)) {
            throw new StaleVersionException(entity.getVersion() == null ? 0 : entity.getVersion(), sentVersion);
        }
    }

    /** For the workflow's steps, which send the version they read when they have one: throws when it is stale. */
    public static void checkIfSent(RecordEntity entity, Long sentVersion) {
        if (sentVersion != null) {
            check(entity, sentVersion);
        }
    }
}
