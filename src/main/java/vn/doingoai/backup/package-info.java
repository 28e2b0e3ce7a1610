/**
 * Backup and restore of a whole installation ({@code GET} and {@code POST /api/v1/backup}, and the
 * admins' page {@code /backup}): the units, the users with their password hashes, every record
 * with its history, the exchange rates and the uploaded documents, in one zip.
 *
 * <p>The backup is a generic dump of the database's tables, driven by the schema the database
 * describes (JDBC metadata), not by the record modules: this module knows no record type. Why:
 *
 * <ul>
 *   <li>It holds everything by construction: a record type, a table or a column added tomorrow is
 *       in the next backup without anyone remembering to add it, including what no record module
 *       exports (users and their password hashes, the history of deleted records, ids, authors
 *       and times). A per-module backup would be one more thing each module has to get right, and
 *       the dataset export, which does not carry ids, history or users, could not serve.
 *   <li>A restore gives back exactly the rows, so ids, versions and history stay as they were,
 *       and the dataset export after a restore is the one before it.
 *   <li>Every value is written in a portable form by its column's kind (integers, exact decimals
 *       as strings, ISO dates, instants in UTC, Base64), so a backup of H2 restores into
 *       PostgreSQL and back: moving from the embedded database is one backup and one restore.
 * </ul>
 *
 * What it costs: a backup's rows fit only the schema version it was taken at (the last Flyway
 * migration, recorded in {@code backup.json}). A backup of an older version is restored through a
 * scratch schema built by the migrations up to its version and then migrated by Flyway to the
 * current one ({@link vn.doingoai.backup.BackupUpgrade}); a newer one is refused. The sessions and
 * Flyway's own table stay out of it.
 *
 * <p>Consistency: the tables are read in one read-only transaction at snapshot isolation
 * (repeatable read on PostgreSQL, serializable on H2, whose repeatable read snapshots each table at
 * its first read), while the system keeps serving. Documents are never overwritten and a record is
 * committed only after its document is in place, so the files read after the snapshot include
 * every file it names. A restore is one transaction (the documents it wrote are removed if it
 * fails), refused with 409 when the installation holds records, and checks the zip whole first:
 * a bad zip (not a zip, missing parts, a zip bomb, a newer schema version) is a 400.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "config", "document", "history", "unit", "user", "web"})
package vn.doingoai.backup;
