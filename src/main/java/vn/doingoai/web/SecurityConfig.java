package vn.doingoai.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The API: HTTP Basic, no session created, no CSRF; a page's session may only read (see {@link
     * SessionReadsForApi}). Problems as JSON.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
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

    /** The pages: form login, CSRF on, logout by POST. */
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
                                "/swagger-ui.html")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentTypeOptions(c -> {}).frameOptions(f -> f.sameOrigin()))
                .build();
    }
}
