package vn.doingoai.report;

/**
 * The query parameters of the four summary endpoints ({@code /api/v1/reports/summary} and its
 * {@code .docx}, {@code .pdf}, {@code .xlsx}), bound once: the unit, the period's first and last
 * days (ISO, or {@code 10/6/2021} as typed on a page), whether the units merged into the unit count
 * (by default they do) and the documents' language ({@code vi} by default, or {@code en}). Checked
 * by {@link SummaryService#check(SummaryParams)}: each problem at its parameter's name (400).
 */
record SummaryParams(String unit, String from, String to, Boolean includeMerged, String lang) {}
