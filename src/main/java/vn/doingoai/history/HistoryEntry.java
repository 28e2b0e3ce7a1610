package vn.doingoai.history;

import java.time.Instant;
import java.util.List;

/** One change of a record: who, when, what kind, and each field's value before and after. */
public record HistoryEntry(Instant at, String username, HistoryAction action, List<Change> changes) {

    /** The time in Vietnam, for pages. */
    public java.time.LocalDateTime localTime() {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    public record Change(String field, String before, String after) {}
}
