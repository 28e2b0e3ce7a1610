package vn.doingoai.dataset;

/** The answer to an import: {@code {"created": N, "updated": M}}. */
public record ImportResult(int created, int updated, boolean dryRun) {}
