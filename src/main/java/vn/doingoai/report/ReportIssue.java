package vn.doingoai.report;

import java.time.LocalDate;
import java.util.List;

/**
 * How a report is issued, as the officer chooses it on the report page (with defaults from {@link
 * ReportIssues}): the issuing body and the body above it, the number and symbol, the place and date,
 * the subject, the recipients and the signer.
 *
 * @param number the report's number, given at approval; null before ("Số:      /BC-SNgV")
 * @param issuedOn null for the day it is approved (today on a draft)
 */
record ReportIssue(
        String issuerAbove,
        String issuer,
        Integer number,
        String symbol,
        String place,
        LocalDate issuedOn,
        String subject,
        List<String> recipients,
        String signerTitle,
        String signerName) {

    ReportIssue {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The recipients one a line, as the draft's form shows them. */
    public String recipientLines() {
        return String.join("\n", recipients);
    }

    /** This issue with every blank part taken from {@code defaults}. */
    ReportIssue orElse(ReportIssue defaults) {
        return new ReportIssue(
                or(issuerAbove, defaults.issuerAbove()),
                or(issuer, defaults.issuer()),
                number != null ? number : defaults.number(),
                or(symbol, defaults.symbol()),
                or(place, defaults.place()),
                issuedOn != null ? issuedOn : defaults.issuedOn(),
                or(subject, defaults.subject()),
                recipients.isEmpty() ? defaults.recipients() : recipients,
                or(signerTitle, defaults.signerTitle()),
                signerName != null ? signerName : defaults.signerName());
    }

    ReportIssue numbered(int n, LocalDate on) {
        return new ReportIssue(
                issuerAbove,
                issuer,
                n,
                symbol,
                place,
                issuedOn == null ? on : issuedOn,
                subject,
                recipients,
                signerTitle,
                signerName);
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
