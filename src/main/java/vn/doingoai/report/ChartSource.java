package vn.doingoai.report;

import java.math.BigDecimal;
import java.util.List;
import vn.doingoai.unit.UnitScope;

/**
 * One module's charts for the dashboard, computed with aggregate queries: for example delegations
 * per month this year against last year, FDI capital by country, aid committed against disbursed.
 */
public interface ChartSource {

    List<Chart> charts(UnitScope scope, int year);

    /**
     * @param id a stable id: {@code delegations.byMonth}
     * @param titleKey a message key for the chart's title
     * @param categories the labels along the axis (months "1".."12", country codes...)
     * @param series one or more series, each with one value per category
     * @param axis what the categories are, so that the dashboard names them in the page's language
     */
    record Chart(String id, String titleKey, List<String> categories, List<Series> series, Axis axis) {

        public Chart(String id, String titleKey, List<String> categories, List<Series> series) {
            this(id, titleKey, categories, series, Axis.TEXT);
        }
    }

    /** What a chart's categories are. */
    enum Axis {
        /** Labels shown as they are. */
        TEXT,
        /** Month numbers "1".."12": shown as T1..T12 (Jan..Dec in English). */
        MONTHS,
        /** Country codes: shown as the countries' names ("" is an unknown country). */
        COUNTRIES
    }

    /** @param nameKey a message key naming the series ({@code chart.thisYear}) */
    record Series(String nameKey, List<BigDecimal> values) {}
}
