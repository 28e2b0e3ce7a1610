/**
 * The change history of every record: who changed it, when, and its values before and after. A
 * record joins by implementing {@link vn.doingoai.history.Historied} (every {@code RecordEntity}
 * does); each insert, update and delete then stores a snapshot, and {@link
 * vn.doingoai.history.HistoryService} turns consecutive snapshots into before/after changes.
 *
 * <p>Why not Hibernate Envers: its 7.4 line is not in the registry this project builds from, and a
 * JSON snapshot of the record's API shape needs no audit table per record type.
 */
package vn.doingoai.history;
