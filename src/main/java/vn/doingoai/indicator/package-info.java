/**
 * Indicators (chỉ tiêu): figures that no record holds, entered or imported as values per unit and
 * period, actual or planned: export and import values, total trade, GRDP growth and whatever
 * indicators users define. A value belongs to a unit, a period (stored as its dates, so that {@code
 * 2021-6M} and {@code 2021-H1} are the same) and a kind (ACTUAL or PLAN). The module gives the
 * report the values entered for exactly the report's period, with the plan of that period or of its
 * whole year.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "dataset", "history", "money", "period", "report", "unit", "user", "web"})
package vn.doingoai.indicator;
