package vn.doingoai.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Failed sign-ins slow down their source (user name and address) and never lock the account out.
 * Addresses from the documentation ranges, one per test; users of unit 51.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    SignInThrottle throttle;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The login form posted from an address. */
    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    @Test
    void twelveWrongPasswordsFromOneAddressNeverKeepTheAdminOutOfTheApi(CapturedOutput output) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            MockHttpServletResponse response = api.as(Api.ADMIN, "wrong-" + i)
                    .perform(get("/api/v1/me").with(from("203.0.113.7")))
                    .andReturn()
                    .getResponse();
            statuses.add(response.getStatus());
            if (response.getStatus() == 429) {
                assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, 60L);
                assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                assertThat(response.getHeader("WWW-Authenticate")).isNull();
            }
        }
        // the first four are looked at (401); then the source must wait (1 s, 2 s, 4 s, ...), and
        // a try made sooner is refused at once
        assertThat(statuses.subList(0, 4)).containsOnly(401);
        assertThat(statuses.subList(4, 12)).isSubsetOf(401, 429);
        assertThat(statuses.subList(8, 12)).containsOnly(429);

        // the failing source itself must wait, even with the right password
        api.perform(get("/api/v1/me").with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        // the real admin, from anywhere else, signs in at once
        api.perform(get("/api/v1/me").with(from("198.51.100.20")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("admin"));
        api.get("/api/v1/me").andExpect(status().isOk());
        // logged as a warning, never as an error
        assertThat(output.getOut()).contains("Sign-in failures: 4 in a row for user 'admin' from 203.0.113.7");
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void twelveWrongPasswordsOnTheLoginFormNeverKeepTheAdminOut() throws Exception {
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            targets.add(mvc.perform(login(Api.ADMIN, "wrong-" + i, "203.0.113.8"))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl());
        }
        assertThat(targets.subList(0, 4)).containsOnly("/login?error");
        assertThat(targets.subList(8, 12)).allMatch(t -> t.matches("/login\\?throttled=\\d+"));
        mvc.perform(login(Api.ADMIN, Api.ADMIN_PASSWORD, "198.51.100.21"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/"));
        mvc.perform(login(Api.ADMIN, Api.ADMIN_PASSWORD, "203.0.113.8"))
                .andExpect(header().string("Location", Matchers.startsWith("/login?throttled=")));
        mvc.perform(get("/login?throttled=7"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("thử lại sau 7 giây")));
    }

    @Test
    void delaysGrowFromOneSecondToAMinuteAndAreForgottenAfterAnHour() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 50).stream()
                        .map(n -> SignInThrottle.delayAfter(n).toSeconds())
                        .toList())
                .containsExactly(0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        Instant t = Instant.parse("2026-01-05T08:00:00Z");
        SignInThrottle.Source s = null;
        for (int i = 0; i < 6; i++) {
            s = throttle.recordFailure("grow51", "192.0.2.61", t);
        }
        assertThat(s.failures()).isEqualTo(6);
        assertThat(Duration.between(t, s.blockedUntil())).isEqualTo(Duration.ofSeconds(4));
        s = throttle.recordFailure("grow51", "192.0.2.61", t.plus(Duration.ofMinutes(61)));
        assertThat(s.failures()).isEqualTo(1);
        // IPv6 counts by the /64 network, so a client cannot step through its own addresses
        throttle.recordFailure("grow51", "2001:db8:5:1::1", t);
        assertThat(throttle.recordFailure("grow51", "2001:db8:5:1:ffff::9", t).failures())
                .isEqualTo(2);
        assertThat(throttle.recordFailure("grow51", "2001:db8:5:2::1", t).failures())
                .isEqualTo(1);
    }

    @Test
    void aSuccessClearsItsSourceAndAdminsSeeTheFailures() throws Exception {
        api.post(
                        "/api/v1/users",
                        Map.of("username", "officer51t", "password", "right-pw-51", "role", "OFFICER", "unit", "51"))
                .andExpect(status().isCreated());
        Api officer = api.as("officer51t", "right-pw-51");
        for (int i = 0; i < 2; i++) {
            officer.as("officer51t", "wrong")
                    .perform(get("/api/v1/me").with(from("192.0.2.51")))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(throttle.find("officer51t", "192.0.2.51"))
                .hasValueSatisfying(s -> assertThat(s.failures()).isEqualTo(2));
        mvc.perform(get("/users/sign-in-failures").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("officer51t")))
                .andExpect(content().string(Matchers.containsString("192.0.2.51")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get("/users?lang=en").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(Matchers.containsString("Recent failed sign-ins")));
        mvc.perform(get("/users/sign-in-failures").with(user("officer51t").roles("OFFICER")))
                .andExpect(status().isForbidden());

        officer.perform(get("/api/v1/me").with(from("192.0.2.51"))).andExpect(status().isOk());
        assertThat(throttle.find("officer51t", "192.0.2.51")).isEmpty();
    }
}
