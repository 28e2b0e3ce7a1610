package vn.doingoai.history;

import java.time.Instant;
import java.util.List;

/** One change of a record: who, when, what kind, and each field's value before and after. */
public record HistoryEntry(Instant at, String username, HistoryAction action, List<Change> changes) {

    /** The time in Vietnam, for pages. */
    public java.time.LocalDateTime localTime() {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /**
     * The time as {@code fragments/history} shows it, so that a page handed these raw entries still
     * renders; pages should hand it {@link HistoryPage}'s entries, which are in words.
     */
    public String when() {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(localTime());
    }

    public record Change(String field, String before, String after) {

        /** The raw field name, for a page handed raw entries (see {@link HistoryEntry#when()}). */
        public String label() {
            return field;
        }
    }
}
