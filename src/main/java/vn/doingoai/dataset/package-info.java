/**
 * The dataset document ({@code doingoai-dataset/1}): import all-or-nothing in one transaction,
 * matching records by {@code ref}, with a dry run; export of a unit's records in the same shape.
 * Record modules plug their sections in by implementing {@link vn.doingoai.dataset.DatasetSection};
 * the envelope never knows a record type.
 */
package vn.doingoai.dataset;
