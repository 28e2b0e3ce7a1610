package vn.doingoai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doingoai.support.FormClient.token;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;
import vn.doingoai.support.FormClient;

/**
 * Kept answers as a browser meets them ({@link KeptAnswers}): signed in with the login form, an
 * officer gets a list again with its CSRF token masked anew, and that token saves the form; the
 * record's page after the save shows "saved" once, and the next request of it does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptAnswersHttpTests {

    @LocalServerPort
    int port;

    @Test
    void aKeptListHasItsTokenMaskedAnewItsFormSavesAndTheSavedMessageShowsOnce() throws Exception {
        FormClient browser = new FormClient(port);
        assertThat(browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD).statusCode()).isEqualTo(302);

        HttpResponse<String> first = browser.get("/partners?q=giu+sau");
        HttpResponse<String> kept = browser.get("/partners?q=giu+sau");
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(token(kept)).isNotEqualTo(token(first));
        assertThat(kept.body().replace(token(kept), "")).isEqualTo(first.body().replace(token(first), ""));

        HttpResponse<String> saved = browser.post(
                "/partners", Map.of("_csrf", token(kept), "kind", "OTHER", "name", "Quỹ Giữ Sáu", "ref", "kept-6"));
        assertThat(saved.statusCode()).as("the kept page's token is accepted").isEqualTo(302);
        String record =
                URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath();

        String shown = "role=\"status\"";
        assertThat(browser.get(record).body()).contains("Quỹ Giữ Sáu").contains(shown);
        assertThat(browser.get(record).body()).contains("Quỹ Giữ Sáu").doesNotContain(shown);
        assertThat(browser.get("/partners?q=giu+sau").body()).contains("Quỹ Giữ Sáu");
    }
}
