package vn.doingoai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doingoai.support.Api;

/**
 * A signed-in officer's pages do not write the session each time ({@link SessionsWrittenWhenChanged}):
 * its last access is written once it has moved by a minute, and the session still works and ends
 * when it is signed out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionWritesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return send(to(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String token(HttpResponse<String> page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private long lastAccess(String sessionId) {
        return jdbc.queryForObject(
                "select last_access_time from spring_session where session_id = ?", Long.class, sessionId);
    }

    @Test
    void pagesReadWithinAMinuteLeaveTheSessionAsWrittenAndALaterOneWritesItsLastAccess() throws Exception {
        String form =
                "username=" + Api.ADMIN + "&password=" + Api.ADMIN_PASSWORD + "&_csrf=" + token(send(to("/login")));
        assertThat(post("/login", form).statusCode()).isEqualTo(302);
        String id = jdbc.queryForObject(
                "select session_id from spring_session where principal_name = ? order by creation_time desc limit 1",
                String.class,
                Api.ADMIN);
        long written = lastAccess(id);

        for (int i = 0; i < 3; i++) {
            assertThat(send(to("/partners")).statusCode()).isEqualTo(200);
        }
        assertThat(lastAccess(id)).as("read within a minute: not written again").isEqualTo(written);

        jdbc.update("update spring_session set last_access_time = ? where session_id = ?", written - 120_000, id);
        HttpResponse<String> page = send(to("/partners"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).as("two minutes later: written").isGreaterThan(written - 120_000);

        assertThat(post("/logout", "_csrf=" + token(page)).statusCode()).isEqualTo(302);
        assertThat(send(to("/partners")).statusCode()).as("signed out").isEqualTo(302);
    }
}
