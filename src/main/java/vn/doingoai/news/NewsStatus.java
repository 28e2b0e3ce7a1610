package vn.doingoai.news;

/** A news item is a draft until an approver publishes it; only published news appear on the public pages. */
public enum NewsStatus {
    DRAFT,
    PUBLISHED
}
