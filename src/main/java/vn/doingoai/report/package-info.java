/**
 * Reports: the summary of a period for a unit, the dashboard, the national view and the official
 * documents. Record modules contribute figures by implementing {@link
 * vn.doingoai.report.FigureSource} and things needing attention through {@link
 * vn.doingoai.report.AttentionSource}; the report computes the same period a year before, the
 * changes and the shares of plan, once, for all figures, and never knows how a figure is counted.
 *
 * <p>What it offers: {@code GET /api/v1/reports/summary} (and {@code .docx}, {@code .pdf}, {@code
 * .xlsx}), the report page {@code /reports} with its document composer ({@code POST
 * /reports/document}), the dashboard {@code /} and the national view {@code /reports/national}
 * (every province for an admin or a user of unit VN; anyone else sees only their own province's row).
 * Sections of the report are chosen by the prefix of a figure's key ({@link
 * vn.doingoai.report.FigureKeys}); labels are the messages {@code figure.<key>} of {@code
 * i18n/report*.properties}.
 */
package vn.doingoai.report;
