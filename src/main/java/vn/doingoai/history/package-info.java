/**
 * The change history of every record: who changed it, when, and its values before and after. A
 * record joins by implementing {@link vn.doingoai.history.Historied} (every {@code RecordEntity}
 * does); each insert, update and delete then stores a snapshot, and {@link
 * vn.doingoai.history.HistoryService} turns consecutive snapshots into before/after changes. The
 * API shows them at {@code GET /api/v1/TYPE/{id}/history}, oldest first; a record module registers
 * a {@link vn.doingoai.history.HistoryReadRight} per resource to say who may read them.
 *
 * <p>Why not Hibernate Envers (re-checked for issue 12). The registry now serves {@code
 * hibernate-envers} 7.4.13 and 7.4.15, but not 7.4.5, the version of the {@code hibernate-core} that
 * Spring Boot 4.1.1 manages, and Envers must match the core it runs in exactly; taking it would mean
 * moving the whole persistence layer to another Hibernate version for the sake of the history. It
 * would not fit better either:
 *
 * <ul>
 *   <li>Envers keeps the entity's columns (an audit table per entity and per collection, plus a
 *       revision table): partners as ids in join tables, money as two columns, members as rows. The
 *       history here shows the record in its API shape (partners by ref, money as an amount and a
 *       currency, members as a list), which is exactly one JSON snapshot per change; with Envers
 *       every change would have to be rebuilt into that shape from several audit tables.
 *   <li>Imports write thousands of records a second and gather their snapshots in one batch
 *       ({@link vn.doingoai.history.HistoryRecorder#batched}); Envers would add an insert per
 *       entity and per collection row.
 *   <li>One {@code record_history} table serves every record type, deleted records included, with
 *       the unit for the read right; the backup copies it like any other table, and a new record
 *       type needs no audit table of its own.
 * </ul>
 *
 * If Boot moves to a Hibernate whose Envers is served, the question is only worth asking again for
 * querying a record as it was at a date, which nobody has asked for.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.doingoai.history;
