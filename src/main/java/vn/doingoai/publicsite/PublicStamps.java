package vn.doingoai.publicsite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import vn.doingoai.unit.Units;

/**
 * The stamps of the public pages (table {@code public_version}): one per province and one for the
 * whole country ({@code VN}), kept in memory, so that serving a cached page asks nothing of the
 * database. A write to a record a province's pages may show gives its province's stamp a new random
 * value in the write's own transaction (a write every province's pages may show, the country's
 * stamp), and raises the row's sequence; the pages are cached under the two stamps they were
 * rendered with.
 *
 * <p>The memory learns a new stamp from the writing transaction itself, after its commit and before
 * its request answers (see {@link RecordWrites}), and, on PostgreSQL, from the notice every writing
 * transaction sends on commit ({@code pg_notify}, heard by {@link StampNotices} on every instance
 * sharing the database). Of two values heard for a row the one with the higher sequence wins, so a
 * late notice never brings back an older stamp. When the notices' connection is opened again, every
 * stamp is read again from the table. So a page is never served from before a committed write: on
 * this instance from the very next request, on another one from the moment its notice arrives.
 */
@Component
class PublicStamps {

    /** The channel of the notices; the payload starts with the database schema (see {@link #payload}). */
    static final String CHANNEL = "doingoai_public_version";

    /** A notice's rows when every stamp is to be read again (a restore). */
    static final String EVERY_ROW = "*";

    /** The stamps a province's pages were rendered under: its own and the country's. */
    record Stamp(long province, long country) {}

    /** A row's stamp and its sequence (which of two values of the row is the later). */
    record Row(long stamp, long seq) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, Row> rows = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private volatile Boolean postgres;

    PublicStamps(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stamps of a province's pages; empty when the code is no province's. */
    Optional<Stamp> of(String code) {
        Map<String, Row> all = rows();
        Row province = all.get(code);
        Row country = all.get(Units.COUNTRY);
        return province != null && country != null && !Units.COUNTRY.equals(code)
                ? Optional.of(new Stamp(province.stamp(), country.stamp()))
                : Optional.empty();
    }

    /** The country's stamp alone (the pages that list every province). */
    long country() {
        Row country = rows().get(Units.COUNTRY);
        return country == null ? 0 : country.stamp();
    }

    private Map<String, Row> rows() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    jdbc.getJdbcOperations().execute((ConnectionCallback<Void>) c -> {
                        reload(c);
                        return null;
                    });
                }
            }
        }
        return rows;
    }

    /**
     * Every stamp read again through a connection (first use, a reopened notices' connection, another
     * instance's restore). Read under the lock that {@link #raise} takes: a commit heard while the
     * rows are read is applied after them, never overwritten by them.
     */
    synchronized void reload(Connection connection) throws SQLException {
        replace(read(connection));
    }

    /** Every stamp as the table holds it now. */
    synchronized void replace(Map<String, Row> read) {
        rows.putAll(read);
        rows.keySet().retainAll(read.keySet());
        loaded = true;
    }

    /** Stamps written by a committed transaction, here or on another instance: the later of two wins. */
    synchronized void raise(Map<String, Row> written) {
        written.forEach((code, row) -> rows.merge(code, row, (old, heard) -> heard.seq() > old.seq() ? heard : old));
    }

    /** A notice's payload heard on the notices' connection: its rows, or all read again through {@code connection}. */
    void heard(String payload, String schema, Connection connection) throws SQLException {
        int bar = payload.indexOf('|');
        if (bar < 0 || !payload.substring(0, bar).equals(schema)) {
            return; // another schema's (tests share one database, each with a schema of its own)
        }
        String body = payload.substring(bar + 1);
        if (EVERY_ROW.equals(body)) {
            reload(connection);
            return;
        }
        Map<String, Row> written = new HashMap<>();
        for (String part : body.split(",")) {
            String[] f = part.split(":");
            if (f.length == 3) {
                written.put(f[0], new Row(Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
        }
        raise(written);
    }

    /** The rows of a notice: {@code code:stamp:seq}, comma-separated (the schema is added in the database). */
    static String payload(Map<String, Row> written) {
        return written.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().stamp() + ":"
                        + e.getValue().seq())
                .collect(Collectors.joining(","));
    }

    /** Every row of the table, read through a connection. */
    static Map<String, Row> read(Connection connection) throws SQLException {
        Map<String, Row> read = new HashMap<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select unit_code, stamp, seq from public_version")) {
            while (rs.next()) {
                read.put(rs.getString(1), new Row(rs.getLong(2), rs.getLong(3)));
            }
        }
        return read;
    }

    boolean onPostgres() {
        if (postgres == null) {
            postgres = jdbc.getJdbcOperations().execute((ConnectionCallback<Boolean>) c -> isPostgres(c));
        }
        return postgres;
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * Renews the stamps of the provinces whose pages may show records of these units (a unit's
     * province, and the province it was merged into), and the country's when {@code everywhere}, and
     * answers the rows as they will be committed. Runs on the connection of the writing transaction,
     * at its end (see {@link RecordWrites}); the rows are updated in the order of their codes, so
     * that two transactions never wait for each other. On PostgreSQL the rows are also sent as a
     * notice, which the database delivers to the other instances only if the transaction commits.
     */
    Map<String, Row> renew(Connection connection, Collection<String> unitCodes, boolean everywhere) {
        NamedParameterJdbcTemplate tx =
                new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true));
        Set<String> codes = new TreeSet<>(provincesShowing(tx, unitCodes));
        if (everywhere) {
            codes.add(Units.COUNTRY);
        }
        if (codes.isEmpty()) {
            return Map.of();
        }
        for (String code : codes) {
            tx.update(
                    "update public_version set stamp = :stamp, seq = seq + 1 where unit_code = :code",
                    Map.of("stamp", ThreadLocalRandom.current().nextLong(), "code", code));
        }
        Map<String, Row> renewed = new LinkedHashMap<>();
        tx.query(
                "select unit_code, stamp, seq from public_version where unit_code in (:codes)",
                Map.of("codes", codes),
                rs -> {
                    renewed.put(rs.getString(1), new Row(rs.getLong(2), rs.getLong(3)));
                });
        notice(tx, connection, payload(renewed));
        return renewed;
    }

    /**
     * Renews every stamp, in the transaction of a write that bypassed JPA (a restore: the rows are
     * the backup's), and answers them all; the other instances read them all again.
     */
    Map<String, Row> renewAll(Connection connection) throws SQLException {
        NamedParameterJdbcTemplate tx =
                new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true));
        for (String code : new TreeSet<>(read(connection).keySet())) {
            tx.update(
                    "update public_version set stamp = :stamp, seq = seq + 1 where unit_code = :code",
                    Map.of("stamp", ThreadLocalRandom.current().nextLong(), "code", code));
        }
        notice(tx, connection, EVERY_ROW);
        return read(connection);
    }

    private void notice(NamedParameterJdbcTemplate tx, Connection connection, String rows) {
        boolean pg;
        try {
            pg = postgres != null ? postgres : isPostgres(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (pg) {
            tx.query(
                    "select pg_notify(:channel, current_schema() || '|' || :rows)",
                    Map.of("channel", CHANNEL, "rows", rows),
                    rs -> {});
        }
    }

    /**
     * The provinces whose public pages show the records of these units: walking up from each unit to
     * its province, and from a province to the one it was merged into ({@code Units.reportScope}
     * the other way round, read in a few queries on the unit tree).
     */
    static Set<String> provincesShowing(NamedParameterJdbcTemplate jdbc, Collection<String> unitCodes) {
        Set<String> provinces = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(unitCodes);
        while (!todo.isEmpty()) {
            List<String> batch = todo.stream().filter(seen::add).toList();
            todo.clear();
            if (batch.isEmpty()) {
                break;
            }
            jdbc.query(
                    "select code, level, parent_code, merged_into from org_unit where code in (:codes)",
                    Map.of("codes", batch),
                    rs -> {
                        String level = rs.getString(2);
                        if ("PROVINCE".equals(level)) {
                            provinces.add(rs.getString(1));
                        } else if (!"COUNTRY".equals(level) && rs.getString(3) != null) {
                            todo.add(rs.getString(3));
                        }
                        if (rs.getString(4) != null) {
                            todo.add(rs.getString(4));
                        }
                    });
        }
        return provinces;
    }
}
