/**
 * The shared kernel of every record: the base entity (id, version, ref, unit, author and times, a
 * folded search text), the problems a request can have (invalid input, not found, stale version),
 * the page of a list, diacritic-free text folding and the Excel export of a list.
 */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = "history")
package vn.doingoai.common;
