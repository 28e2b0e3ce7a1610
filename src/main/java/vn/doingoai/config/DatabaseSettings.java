package vn.doingoai.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Connection settings the reports need, added to the connection pool unless the installation has
 * set them itself (in the URL or as a data-source property).
 *
 * <p>PostgreSQL:
 *
 * <ul>
 *   <li>{@code plan_cache_mode=force_custom_plan}: the driver prepares a statement on the server
 *       after five runs, and PostgreSQL may then plan it once for any parameters. For the report's
 *       date-range aggregates such a generic plan is up to ten times slower than a plan for the
 *       actual dates (a province's year of investments: 30 ms instead of 3 ms).
 *   <li>{@code reWriteBatchedInserts}: a batch of inserts goes as one multi-row insert (imports).
 * </ul>
 *
 * <p>H2: {@code CACHE_SIZE}, a quarter of the heap instead of H2's 16 MB. A national summary reads
 * most of the records of ten years; with 16 MB of cache H2 reads and decodes their pages again for
 * every query, which makes the summary about half as fast.
 */
@Component
class DatabaseSettings implements BeanPostProcessor {

    /** H2's page cache in KB: a quarter of the heap, never less than H2's own default of 16 MB. */
    static long h2CacheKb() {
        return Math.max(16 * 1024, Runtime.getRuntime().maxMemory() / 4 / 1024);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                setUnlessGiven(pool, "options", "-c plan_cache_mode=force_custom_plan");
                setUnlessGiven(pool, "reWriteBatchedInserts", "true");
            } else if (pool.getJdbcUrl().startsWith("jdbc:h2:")) {
                setUnlessGiven(pool, "CACHE_SIZE", Long.toString(h2CacheKb()));
            }
        }
        return bean;
    }

    private static void setUnlessGiven(HikariDataSource pool, String name, String value) {
        if (!pool.getDataSourceProperties().containsKey(name)
                && !pool.getJdbcUrl()
                        .toUpperCase(java.util.Locale.ROOT)
                        .contains(name.toUpperCase(java.util.Locale.ROOT) + "=")) {
            pool.addDataSourceProperty(name, value);
        }
    }
}
