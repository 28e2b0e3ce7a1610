/**
 * {@link vn.doingoai.period.Period}: a report period by its code ({@code 2021}, {@code 2021-H1},
 * {@code 2021-Q3}, {@code 2021-06}, {@code 2021-9M}) or by any range of dates, its dates, and the
 * same period a year before (cùng kỳ).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.doingoai.period;
