package vn.doingoai.config;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a bulk write (an import) asks of the database for its transaction.
 *
 * <p>On PostgreSQL the connections plan every execution for its own parameters ({@code
 * plan_cache_mode=force_custom_plan}, see {@link DatabaseSettings}), which suits the reports'
 * date ranges. But the foreign-key checks of an insert run a query too, and under that setting
 * each check is planned again for every row: an import runs at half its speed. A bulk write
 * therefore lets PostgreSQL reuse its plans again, for its own transaction only.
 */
@Component
public class BulkWrites {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    BulkWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call at the start of the bulk write's transaction; the setting ends with the transaction. */
    public void begin() {
        if (onPostgres()) {
            jdbc.execute("set local plan_cache_mode = auto");
        }
    }

    private boolean onPostgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>)
                    connection -> "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
        }
        return postgres;
    }
}
