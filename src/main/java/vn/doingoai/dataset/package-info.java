/**
 * The dataset document ({@code doingoai-dataset/1}): import all-or-nothing in one transaction,
 * matching records by {@code ref}, with a dry run; export of a unit's records in the same shape.
 * Record modules register their sections as data ({@link vn.doingoai.dataset.DatasetSection#of}),
 * and import them through the one import by ref ({@link vn.doingoai.dataset.RefImport}: the ref,
 * the unit, the right to change, the workflow's approval rule, the counts); the envelope never
 * knows a record type.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "config", "document", "history", "unit", "user", "web"})
package vn.doingoai.dataset;
