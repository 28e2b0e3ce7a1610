package vn.doingoai.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report draft as the API answers it and its pages show it: its unit and period, status and
 * approval, its issue (with the defaults in place of what was left blank), its sections with their
 * texts in the report's order, and, once approved, the figures that have changed since.
 *
 * @param number the approved report's number and symbol ("12/BC-SNgV"), null before
 */
record ReportDraftView(
        Long id,
        Long version,
        String unit,
        String unitName,
        LocalDate from,
        LocalDate to,
        boolean includeMerged,
        String language,
        ReportDraftStatus status,
        String number,
        LocalDate approvedOn,
        String approvedBy,
        ReportIssue issue,
        List<SectionText> sections,
        List<FigureChange> changedFigures,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /**
     * A section's text.
     *
     * @param heading where it stands: "II. Ngoại giao kinh tế" (and "1. …" when the area has several)
     */
    record SectionText(String key, String heading, String title, String fieldId, String text) {}

    /** A figure of the approved report that the records now give otherwise. */
    record FigureChange(
            String key, String label, BigDecimal signed, BigDecimal now, String signedText, String nowText) {}

    public boolean isApproved() {
        return status == ReportDraftStatus.APPROVED;
    }

    public boolean isDraft() {
        return status == ReportDraftStatus.DRAFT;
    }
}
