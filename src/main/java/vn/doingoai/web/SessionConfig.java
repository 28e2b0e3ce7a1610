package vn.doingoai.web;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in the database (tables from Flyway's V3), so the application keeps no state of its
 * own and several instances can share one PostgreSQL. Boot's auto-configuration for this is not in
 * the registry, hence the annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600)
class SessionConfig {

    /**
     * The sessions' reads and writes in plain JDBC transactions of their own, not JPA's: no
     * EntityManager is opened for a session's row on every request.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        return new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    /**
     * The session cookie: {@code SESSION}, HttpOnly (no script reads it), SameSite=Lax (not sent
     * with another site's form posts), and Secure whenever the request is HTTPS, also behind a proxy
     * that ends TLS and says so in {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy}).
     */
    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }
}
