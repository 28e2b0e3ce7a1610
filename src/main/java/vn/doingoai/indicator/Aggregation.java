package vn.doingoai.indicator;

/** How the values of several units add up for a report on all of them. */
public enum Aggregation {
    /** Values add up (export values, persons). */
    SUM,
    /** The mean of the units' values. */
    AVERAGE,
    /**
     * Values do not add up (growth percentages): the report shows the value of its own unit, or the
     * only value in its scope, and leaves the indicator out with a warning when several units have one.
     */
    NONE
}
