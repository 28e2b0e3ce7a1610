/**
 * Reports: the summary of a period for a unit, the dashboard, the national view and the official
 * documents. Record modules contribute figures by implementing {@link
 * vn.doingoai.report.FigureSource} and things needing attention through {@link
 * vn.doingoai.report.AttentionSource}; the report computes the same period a year before, the
 * changes and the shares of plan, once, for all figures, and never knows how a figure is counted.
 */
package vn.doingoai.report;
