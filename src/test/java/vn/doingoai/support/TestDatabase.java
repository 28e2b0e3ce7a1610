package vn.doingoai.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context a database of its own: a fresh H2 in memory, or, when
 * {@code DOINGOAI_TEST_DB=postgres}, a fresh schema in the PostgreSQL database named by {@code
 * DOINGOAI_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/doingoai}).
 */
public class TestDatabase implements ContextCustomizerFactory {

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getenv("DOINGOAI_TEST_DB"));
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** The settings of a fresh, empty database (H2 in memory, or a new PostgreSQL schema). */
    public static Map<String, Object> freshDatabase() {
        // -Dtest.db.schema=NAME keeps the data for another run (a benchmark's import): that schema on
        // PostgreSQL, or the H2 file target/bench-db/NAME; else a fresh schema, or H2 in memory.
        String name = System.getProperty(
                "test.db.schema",
                "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        if (onPostgres()) {
            String url =
                    System.getenv().getOrDefault("DOINGOAI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/doingoai");
            return Map.of(
                    "spring.datasource.url",
                    url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
                    "spring.datasource.username",
                    System.getenv().getOrDefault("DOINGOAI_TEST_DB_USER", "doingoai"),
                    "spring.datasource.password",
                    System.getenv().getOrDefault("DOINGOAI_TEST_DB_PASSWORD", "doingoai"),
                    "spring.flyway.schemas",
                    name,
                    "spring.flyway.default-schema",
                    name,
                    "spring.datasource.hikari.maximum-pool-size",
                    "4");
        }
        // A kept database is a benchmark's: H2 must not answer a repeated query from its last result.
        String where = System.getProperty("test.db.schema") == null
                ? "mem:" + name
                : "file:./target/bench-db/" + name + ";OPTIMIZE_REUSE_RESULTS=FALSE";
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:" + where
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.hikari.maximum-pool-size",
                "4");
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("testDatabase", freshDatabase()));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
