package vn.doingoai.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;

/**
 * What the backup needs to know about the database: its tables (all but Flyway's own table and the
 * sessions), the schema version (the last migration applied), and the isolation that gives one
 * snapshot of every table.
 */
@Component
class SchemaSource {

    private final JdbcTemplate jdbc;
    private final Flyway flyway;
    private volatile String product;

    SchemaSource(JdbcTemplate jdbc, Flyway flyway) {
        this.jdbc = jdbc;
        this.flyway = flyway;
    }

    /**
     * The tables to back up, read on the current transaction's connection: all but Flyway's own, the
     * sessions, and the state of this installation that is not data (the data version, which only
     * ever rises here, and the sign-in failures).
     */
    Schema read() {
        return jdbc.execute((ConnectionCallback<Schema>) this::read);
    }

    /** The tables to back up of the connection's current schema (a restore's scratch schema too). */
    Schema read(Connection connection) throws SQLException {
        String flywayTable = flyway.getConfiguration().getTable().toLowerCase(Locale.ROOT);
        return Schema.read(
                connection,
                t -> t.equals(flywayTable)
                        || t.startsWith("spring_session")
                        || t.equals("data_version")
                        || t.equals("sign_in_failure"));
    }

    /** The version of the last migration applied: {@code 26}. */
    String version() {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null
                ? "0"
                : current.getVersion().getVersion();
    }

    /**
     * How a backup's schema version stands to this installation's: the same, older (one of this
     * application's own migrations, which a restore can migrate on from), newer, or unknown (no
     * migration of this application has it).
     */
    Age age(String backupVersion) {
        String current = version();
        if (current.equals(backupVersion)) {
            return Age.SAME;
        }
        MigrationVersion backup;
        try {
            backup = MigrationVersion.fromVersion(backupVersion);
        } catch (RuntimeException e) {
            return Age.UNKNOWN;
        }
        if (backup.isNewerThan(current)) {
            return Age.NEWER;
        }
        boolean known = Arrays.stream(flyway.info().all())
                .map(MigrationInfo::getVersion)
                .anyMatch(v -> v != null && v.equals(backup));
        return known ? Age.OLDER : Age.UNKNOWN;
    }

    enum Age {
        SAME,
        OLDER,
        NEWER,
        UNKNOWN
    }

    /** The database's product name: {@code H2}, {@code PostgreSQL}. */
    String product() {
        String name = product;
        if (name == null) {
            name = jdbc.execute(
                    (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            product = name;
        }
        return name;
    }

    /**
     * The isolation of a snapshot of the whole database. PostgreSQL's repeatable read is one: its
     * snapshot is taken at the first statement, for every table. H2's repeatable read takes each
     * table's snapshot at its first read, so tables read one after the other could disagree; its
     * serializable level reads every table as it was when the transaction started, and reading
     * blocks no writer.
     */
    int snapshotIsolation() {
        return product().toLowerCase(Locale.ROOT).contains("postgres")
                ? TransactionDefinition.ISOLATION_REPEATABLE_READ
                : TransactionDefinition.ISOLATION_SERIALIZABLE;
    }
}
