package vn.doingoai.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doingoai.common.InvalidInputException;

/**
 * Brings a backup of an older schema version up to this installation's, the way an upgrade brings
 * an installation up: in a scratch schema of the same database, the application's own migrations
 * up to the backup's version make the tables the backup was taken from; the backup's rows go into
 * them; Flyway then migrates that schema to the current version (every later migration, with what
 * it does to the data); and the result is written as a backup of the current version (its tables;
 * the documents stay in the original zip). The scratch schema is dropped afterwards whatever
 * happens, and nothing of the installation itself is touched: the restore of the result is the
 * ordinary one, whole or not at all.
 */
@Component
class BackupUpgrade {

    private static final Logger log = LoggerFactory.getLogger(BackupUpgrade.class);

    private final DataSource dataSource;
    private final Flyway flyway;
    private final SchemaSource schemas;
    private final Restorer restorer;
    private final BackupWriter writer;
    private final JdbcTemplate jdbc;

    BackupUpgrade(DataSource dataSource, Flyway flyway, SchemaSource schemas, Restorer restorer, BackupWriter writer) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.schemas = schemas;
        this.restorer = restorer;
        this.writer = writer;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Writes into {@code upgraded} the tables of {@code archive} (an older version's) at the current version. */
    void upgrade(BackupArchive archive, Path upgraded) throws IOException {
        String from = archive.manifest().schemaVersion();
        String scratch =
                "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        log.info(
                "Restoring a backup of schema version {}: migrating it to {} in the scratch schema {}",
                from,
                schemas.version(),
                scratch);
        try {
            migrate(scratch, MigrationVersion.fromVersion(from));
            inScratch(scratch, c -> {
                Schema schema = schemas.read(c);
                archive.checkFits(schema);
                restorer.restore(c, archive, schema);
            });
            try {
                migrate(scratch, MigrationVersion.LATEST);
            } catch (FlywayException e) {
                log.warn("A backup of schema version {} could not be migrated to {}", from, schemas.version(), e);
                throw new InvalidInputException("schemaVersion", "backup.upgradeFailed");
            }
            inScratch(scratch, c -> {
                try (OutputStream out = Files.newOutputStream(upgraded)) {
                    writer.writeTables(out, c, schemas.read(c), schemas.version());
                }
            });
        } finally {
            drop(scratch);
        }
    }

    /** The application's migrations applied to the scratch schema, up to {@code target}. */
    private void migrate(String scratch, MigrationVersion target) {
        Flyway.configure(flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration())
                .schemas(scratch)
                .defaultSchema(scratch)
                .createSchemas(true)
                .baselineOnMigrate(false)
                .target(target)
                .load()
                .migrate();
    }

    private interface Work {
        void run(Connection connection) throws SQLException, IOException;
    }

    /** Runs {@code work} in one transaction of a connection whose current schema is the scratch one. */
    private void inScratch(String scratch, Work work) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            String schema = c.getSchema();
            boolean autoCommit = c.getAutoCommit();
            c.setSchema(scratch);
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
                c.setSchema(schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The scratch schema of a restore could not be used", e);
        }
    }

    private void drop(String scratch) {
        try {
            jdbc.execute("drop schema if exists " + BackupWriter.quote(scratch.toLowerCase(Locale.ROOT)) + " cascade");
        } catch (RuntimeException e) {
            log.warn("The scratch schema {} of a restore could not be dropped; drop it by hand", scratch, e);
        }
    }
}
