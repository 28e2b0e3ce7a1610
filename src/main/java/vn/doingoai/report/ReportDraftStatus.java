package vn.doingoai.report;

/** Where a report draft stands: being written, sent for approval, or approved (numbered and frozen). */
public enum ReportDraftStatus {
    DRAFT,
    SUBMITTED,
    APPROVED
}
