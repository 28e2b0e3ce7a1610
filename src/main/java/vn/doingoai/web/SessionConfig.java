package vn.doingoai.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions live in the database (tables from Flyway's V3), so the application keeps no state of its
 * own and several instances can share one PostgreSQL. Boot's auto-configuration for this is not in
 * the registry, hence the annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600)
class SessionConfig {}
