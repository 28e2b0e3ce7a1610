package vn.doingoai.common;

import java.time.LocalDate;

/**
 * The approval a record carries: the number and date of the decision, and who approved it (a user
 * name). Any part may be missing: a proposal's number may be drafted before anyone approves it.
 */
public record Approval(String number, LocalDate date, String by) {

    public static final Approval NONE = new Approval(null, null, null);

    /** An approval from input: blank texts count as missing, the others are trimmed. */
    public static Approval of(String number, LocalDate date, String by) {
        return new Approval(Text.blankToNull(number), date, Text.blankToNull(by));
    }

    Approval withBy(String approver) {
        return new Approval(number, date, approver);
    }
}
