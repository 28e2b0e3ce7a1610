package vn.doingoai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doingoai.support.FormClient.token;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doingoai.support.Api;
import vn.doingoai.support.FormClient;

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

    private long lastAccess(String sessionId) {
        return jdbc.queryForObject(
                "select last_access_time from spring_session where session_id = ?", Long.class, sessionId);
    }

    @Test
    void pagesReadWithinAMinuteLeaveTheSessionAsWrittenAndALaterOneWritesItsLastAccess() throws Exception {
        FormClient browser = new FormClient(port);
        assertThat(browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        String id = jdbc.queryForObject(
                "select session_id from spring_session where principal_name = ? order by creation_time desc limit 1",
                String.class,
                Api.ADMIN);
        long written = lastAccess(id);

        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/partners").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccess(id)).as("read within a minute: not written again").isEqualTo(written);

        jdbc.update("update spring_session set last_access_time = ? where session_id = ?", written - 120_000, id);
        HttpResponse<String> page = browser.get("/partners");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(lastAccess(id)).as("two minutes later: written").isGreaterThan(written - 120_000);

        assertThat(browser.post("/logout", Map.of("_csrf", token(page))).statusCode())
                .isEqualTo(302);
        assertThat(browser.get("/partners").statusCode()).as("signed out").isEqualTo(302);
    }
}
