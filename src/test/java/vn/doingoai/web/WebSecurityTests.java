package vn.doingoai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doingoai.support.Api;

/**
 * On a real server (Tomcat, as in production): the session cookie's flags, forwarded headers from
 * a proxy, no session for anonymous API calls nor for a visitor who only opens the login page (CSRF
 * still enforced), the pages' Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page and signs in through its form; answers the sign-in's response. */
    private HttpResponse<String> logIn(String password, String... headers) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base() + "/login")));
        String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + csrfField(page);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie(page, "XSRF-TOKEN").split(";")[0])
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) {
            post.header(headers[i], headers[i + 1]);
        }
        return send(post);
    }

    /** The CSRF token of a page's form. */
    private static String csrfField(HttpResponse<String> page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("a CSRF field on the page").isTrue();
        return URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return cookie(response, "SESSION");
    }

    /** The Set-Cookie of that name (with its attributes), or null. */
    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElse(null);
    }

    private int sessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }

    @Test
    void aVisitorWhoOnlyLooksGetsNoSessionAndFormsStillNeedTheirCsrfToken() throws Exception {
        int before = sessions();
        // the login page, and a page that needs a sign-in (which sends to the login page): no session
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base() + "/login")));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(login)).isNull();
        String csrfCookie = cookie(login, "XSRF-TOKEN");
        assertThat(csrfCookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        HttpResponse<String> asked = send(HttpRequest.newBuilder(URI.create(base() + "/agreements?q=hoa")));
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(sessionCookie(asked)).isNull();
        String askedPage = cookie(asked, "REDIRECT_URI");
        assertThat(askedPage).as("the page asked for, remembered in a cookie").isNotNull();
        assertThat(sessions()).isEqualTo(before);

        // a sign-in without the form's token, or with a token but not its cookie: refused, no session
        String credentials = "username=admin&password=" + URLEncoder.encode(Api.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpRequest.Builder withoutToken = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrfCookie.split(";")[0])
                .POST(HttpRequest.BodyPublishers.ofString(credentials));
        assertThat(send(withoutToken).statusCode()).isEqualTo(403);
        HttpRequest.Builder withoutCookie = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials + "&_csrf=" + csrfField(login)));
        assertThat(send(withoutCookie).statusCode()).isEqualTo(403);
        assertThat(sessions()).isEqualTo(before);

        // with both: signed in, a session made, and back to the page asked for
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrfCookie.split(";")[0] + "; " + askedPage.split(";")[0])
                .POST(HttpRequest.BodyPublishers.ofString(credentials + "&_csrf=" + csrfField(login))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/agreements?q=hoa");
        String session = sessionCookie(signedIn).split(";")[0];
        assertThat(sessions()).isEqualTo(before + 1);

        // a signed-in form posted without its token is refused; with the page's token and cookie it passes
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create(base() + "/agreements")).header("Cookie", session));
        assertThat(page.statusCode()).isEqualTo(200);
        String pageToken = csrfField(page);
        String pageCookie = cookie(page, "XSRF-TOKEN").split(";")[0];
        assertThat(send(HttpRequest.newBuilder(URI.create(base() + "/logout"))
                                .header("Cookie", session)
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> loggedOut = send(HttpRequest.newBuilder(URI.create(base() + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session + "; " + pageCookie)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + pageToken)));
        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureBehindATlsProxy() throws Exception {
        HttpResponse<String> plain = logIn(Api.ADMIN_PASSWORD);
        assertThat(plain.statusCode()).isEqualTo(302);
        String cookie = sessionCookie(plain);
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        // a proxy on this machine that ends TLS says so: the cookie is then Secure
        HttpResponse<String> proxied = logIn(Api.ADMIN_PASSWORD, "X-Forwarded-Proto", "https");
        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(sessionCookie(proxied))
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        HttpResponse<String> loginPage =
                send(HttpRequest.newBuilder(URI.create(base() + "/login")).header("X-Forwarded-Proto", "https"));
        assertThat(cookie(loginPage, "XSRF-TOKEN")).contains("Secure").contains("HttpOnly");
    }

    @Test
    void theClientAddressFromTheProxyIsTheSourceThatIsSlowedDown() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                            .header("Authorization", basic(Api.ADMIN, "wrong-" + i))
                            .header("X-Forwarded-For", "203.0.113.90"))
                    .statusCode());
        }
        // the address the proxy names is the source: it is slowed down after four failures...
        assertThat(statuses.subList(0, 4)).containsOnly(401);
        assertThat(statuses.subList(6, 8)).containsOnly(429);
        // ...while the same user from another client signs in
        assertThat(send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                                .header("Authorization", basic(Api.ADMIN, Api.ADMIN_PASSWORD))
                                .header("X-Forwarded-For", "203.0.113.91"))
                        .statusCode())
                .isEqualTo(200);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anonymousApiCallsStoreNoSession() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from spring_session", Integer.class);
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/partners?page=" + i)));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(sessionCookie(response)).isNull();
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                    .header("Authorization", basic(Api.ADMIN, Api.ADMIN_PASSWORD)));
            assertThat(signedIn.statusCode()).isEqualTo(200);
            assertThat(sessionCookie(signedIn)).isNull();
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base() + "/login")));
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("script-src 'self';")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'self'")
                .doesNotContain("unsafe-eval");
        assertThat(policy.substring(policy.indexOf("script-src"))).startsWith("script-src 'self';");
    }
}
