package vn.doingoai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;

/**
 * Kept answers as a browser meets them ({@link KeptAnswers}): signed in with the login form, an
 * officer gets a list again with its CSRF token masked anew, and that token saves the form; the
 * record's page after the save shows "saved" once, and the next request of it does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptAnswersHttpTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(HttpResponse<String> page) {
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as("the page has a form with its token").isTrue();
        return m.group(1);
    }

    @Test
    void aKeptListHasItsTokenMaskedAnewItsFormSavesAndTheSavedMessageShowsOnce() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(post("/login", Map.of("username", Api.ADMIN, "password", Api.ADMIN_PASSWORD, "_csrf", token(login)))
                        .statusCode())
                .isEqualTo(302);

        HttpResponse<String> first = get("/partners?q=giu+sau");
        HttpResponse<String> kept = get("/partners?q=giu+sau");
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(token(kept)).isNotEqualTo(token(first));
        assertThat(kept.body().replace(token(kept), "")).isEqualTo(first.body().replace(token(first), ""));

        HttpResponse<String> saved = post(
                "/partners", Map.of("_csrf", token(kept), "kind", "OTHER", "name", "Quỹ Giữ Sáu", "ref", "kept-6"));
        assertThat(saved.statusCode()).as("the kept page's token is accepted").isEqualTo(302);
        String record =
                URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath();

        String shown = "role=\"status\"";
        assertThat(get(record).body()).contains("Quỹ Giữ Sáu").contains(shown);
        assertThat(get(record).body()).contains("Quỹ Giữ Sáu").doesNotContain(shown);
        assertThat(get("/partners?q=giu+sau").body()).contains("Quỹ Giữ Sáu");
    }
}
