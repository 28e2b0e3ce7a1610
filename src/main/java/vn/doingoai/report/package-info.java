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
 * The report's text is written by the record modules' {@link vn.doingoai.report.ReportSection}s (the
 * report knows none of them), ordered by the areas of DOMAIN.md ({@link
 * vn.doingoai.report.ReportArea}) with the sentence helper of {@link vn.doingoai.report.ReportContext};
 * the Word and PDF documents and the pages render one model of it, in the layout of Decree 30/2020.
 * Its drafts ({@code /reports/drafts}, {@code /api/v1/reports/drafts}) are kept, approved, numbered
 * and frozen here. Labels of figures are the messages {@code figure.<key>} of {@code
 * i18n/report*.properties}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "config", "document", "history", "money", "period", "unit", "user", "web"})
package vn.doingoai.report;
