package vn.doingoai.publicsite;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, hears the notices of the stamps written by every instance sharing the database
 * ({@code LISTEN} on a connection of its own, outside the pool) and gives them to {@link
 * PublicStamps}. Each time the connection is opened (at the start, and again after it was lost),
 * every stamp is read again, so that what was committed while nobody listened is not missed. H2 is
 * embedded, one instance: its stamps need no notice.
 */
@Component
class StampNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StampNotices.class);

    /** How long one wait for notices lasts before the connection is checked. */
    static final int WAIT_MILLIS = 5_000;

    /** How long to wait before opening a lost connection again. */
    static final long REOPEN_MILLIS = 1_000;

    private final DataSource dataSource;
    private final PublicStamps stamps;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection connection;
    private volatile int backendPid;

    StampNotices(DataSource dataSource, PublicStamps stamps) {
        this.dataSource = dataSource;
        this.stamps = stamps;
    }

    @Override
    public void start() {
        running = true;
        if (stamps.onPostgres()) {
            Thread thread = new Thread(this::listen, "public-stamp-notices");
            thread.setDaemon(true);
            listener = thread;
            thread.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            closeQuietly(connection);
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The database process of the listening connection (0 before it is open): for tests that cut it. */
    int backendPid() {
        return backendPid;
    }

    private void listen() {
        boolean lost = false;
        while (running) {
            try (Connection c = open()) {
                connection = c;
                String schema;
                try (Statement statement = c.createStatement()) {
                    statement.execute("listen " + PublicStamps.CHANNEL);
                    var rs = statement.executeQuery("select current_schema(), pg_backend_pid()");
                    rs.next();
                    schema = rs.getString(1);
                    backendPid = rs.getInt(2);
                }
                stamps.reload(c); // after LISTEN: nothing committed from now on is missed
                if (lost) {
                    log.info("Listening again for the public pages' stamps; all stamps read again");
                    lost = false;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
                    if (notices == null || notices.length == 0) {
                        try (Statement check = c.createStatement()) {
                            check.execute("select 1"); // a lost connection shows here
                        }
                        continue;
                    }
                    for (PGNotification notice : notices) {
                        stamps.heard(notice.getParameter(), schema, c);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!lost) {
                    log.warn(
                            "The public pages' stamps are not heard from the database; opening again: {}",
                            e.toString());
                    lost = true;
                }
                try {
                    Thread.sleep(REOPEN_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            } finally {
                connection = null;
                backendPid = 0;
            }
        }
    }

    /** A connection of its own, with the pool's settings (it waits for notices, it is never lent). */
    private Connection open() throws SQLException {
        if (dataSource instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            Properties properties = new Properties();
            properties.putAll(pool.getDataSourceProperties());
            if (pool.getUsername() != null) {
                properties.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                properties.setProperty("password", pool.getPassword());
            }
            Connection c = DriverManager.getConnection(pool.getJdbcUrl(), properties);
            c.setAutoCommit(true);
            return c;
        }
        return dataSource.getConnection();
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is all that is left to do
            }
        }
    }
}
