package vn.doingoai.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's caches: Spring Cache on Caffeine, each with its own bounds. What depends on
 * the records (the unit tree, figures) is keyed by {@link DataVersion#current()} and cleared after
 * every write, so it never lags the records; only the check of a password is kept for a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class Caches {

    /** The unit tree, by data version (see {@code unit.UnitTree}). */
    public static final String UNIT_TREE = "unitTree";

    /** The figures of a query (summary, dashboard, national view), by data version and query. */
    public static final String FIGURES = "figures";

    /** Successful password checks of HTTP Basic, by a salted hash of the password and its hash. */
    public static final String PASSWORD_CHECKS = "passwordChecks";

    /** How long a successful password check is remembered. */
    static final Duration PASSWORD_CHECK_TIME = Duration.ofMinutes(10);

    @Bean
    CacheManager cacheManager() {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setAllowNullValues(false);
        manager.registerCustomCache(
                UNIT_TREE, Caffeine.newBuilder().maximumSize(4).build());
        manager.registerCustomCache(
                FIGURES, Caffeine.newBuilder().maximumSize(1_000).build());
        manager.registerCustomCache(
                PASSWORD_CHECKS,
                Caffeine.newBuilder()
                        .maximumSize(1_000)
                        .expireAfterWrite(PASSWORD_CHECK_TIME)
                        .build());
        return manager;
    }
}
