package vn.doingoai.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import vn.doingoai.user.SignInThrottledException;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The pages' Content-Security-Policy: scripts, styles, fonts and images only from this site (the
     * webjars included), no inline script; style attributes are allowed (the templates and the
     * charts' tooltips use them), {@code <style>} elements are not; no plug-ins, no framing by other
     * sites, forms post only here.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** Swagger UI adds {@code <style>} elements of its own: the same policy, with inline styles. */
    static final String SWAGGER_UI_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    private static final HeaderWriter CONTENT_SECURITY = (request, response) -> response.setHeader(
            "Content-Security-Policy",
            request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/")
                    ? SWAGGER_UI_POLICY
                    : CONTENT_SECURITY_POLICY);

    /**
     * The API: HTTP Basic, no session created, no CSRF; a page's session may only read (see {@link
     * SessionReadsForApi}). Problems as JSON.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (e instanceof SignInThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                Problems.write(
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Too many failed sign-ins from this address; try again after Retry-After seconds",
                        request.getRequestURI());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"doingoai\"");
            Problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required", request.getRequestURI());
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                Problems.write(response, HttpStatus.FORBIDDEN, "Access denied", request.getRequestURI());
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // An anonymous call is not remembered for after a login: no session row for it.
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .securityContext(c -> c.securityContextRepository(new SessionReadsForApi()))
                .csrf(c -> c.disable())
                .build();
    }

    /**
     * Static files ({@link StaticResources}): public, no session, and no {@code Cache-Control:
     * no-store} from Spring Security, so that their own long-lived caching stands.
     */
    @Bean
    @Order(0)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        return http.securityMatcher(StaticResources.PATTERNS)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.cacheControl(c -> c.disable()))
                .build();
    }

    /**
     * The pages' CSRF token, kept in a cookie of its own ({@code XSRF-TOKEN}: HttpOnly, SameSite=Lax,
     * Secure over https) rather than in the session, so that a visitor who only looks at the login
     * page gets no session: a session is made when someone signs in. Every form and htmx request
     * sends the token back (a field, or the header the layout names), and it must match the
     * cookie; Spring Security masks it anew on every page (BREACH).
     */
    static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setHeaderName("X-CSRF-TOKEN"); // the header htmx sends (the layout names it), as before
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return tokens;
    }

    /**
     * The pages: form login, CSRF on (its token in a cookie, see {@link #csrfTokens()}), logout by
     * POST. An anonymous visitor's page is remembered for after the sign-in in a cookie too, not in
     * a session: nobody gets a session (a row in the database) before signing in. A sign-in from a
     * source that must wait goes back to the login page, which says how long (see {@link
     * SignInThrottledException}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/p/**",
                                "/sitemap.xml") // the public site (publicsite): no sign-in
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof SignInThrottledException throttled
                                        ? "/login?throttled=" + throttled.retryAfterSeconds()
                                        : "/login?error")))
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(c -> c.csrfTokenRepository(csrfTokens()))
                .requestCache(r -> r.requestCache(new CookieRequestCache()))
                .headers(h -> h.contentTypeOptions(c -> {})
                        .frameOptions(f -> f.sameOrigin())
                        .addHeaderWriter(CONTENT_SECURITY))
                .build();
    }
}
