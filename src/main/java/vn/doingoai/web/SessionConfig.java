package vn.doingoai.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions live in the database (tables from Flyway's V3), so the application keeps no state of its
 * own and several instances can share one PostgreSQL. Boot's auto-configuration for this is not in
 * the registry, hence the annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600)
class SessionConfig {

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
