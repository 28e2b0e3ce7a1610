package vn.doingoai.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;

/**
 * A multipart request over the limits (56 MB) through the real server: 401 for nobody, 413 for a
 * signed-in user on the API and on the dataset page, always a problem, never a 500, and no ERROR in
 * the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class UploadLimitTests {

    static final byte[] BIG = new byte[56 * 1024 * 1024];
    static final String BOUNDARY = "----upload-limit-test";

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void tooLargeUploadsAreProblemsNotErrors(CapturedOutput output) throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/v1/agreements/1/document")), "file");
        assertThat(anonymous.statusCode()).isIn(401, 413);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> signedIn = send(
                HttpRequest.newBuilder(uri("/api/v1/agreements/1/document")).header("Authorization", basic), "file");
        assertThat(signedIn.statusCode()).isEqualTo(413);
        assertThat(signedIn.body()).contains("\"status\":413");

        HttpResponse<String> anonymousPage = send(HttpRequest.newBuilder(uri("/dataset/check")), "file");
        assertThat(anonymousPage.statusCode()).isIn(302, 401, 403, 413);

        String token = signIn();
        HttpResponse<String> page = send(
                HttpRequest.newBuilder(uri("/dataset/check"))
                        .header("X-CSRF-TOKEN", token)
                        .header("HX-Request", "true"),
                "file");
        assertThat(page.statusCode()).isEqualTo(413);

        assertThat(output.getAll())
                .doesNotContain(" ERROR ")
                .doesNotContain("SizeLimitExceededException")
                .doesNotContain("InvalidParameterException");
    }

    /** Signs in as admin through the login form; answers the CSRF token of the dataset page. */
    private String signIn() throws Exception {
        String login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=" + Api.ADMIN + "&password=" + Api.ADMIN_PASSWORD + "&_csrf=" + csrf(login);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String page = http.send(HttpRequest.newBuilder(uri("/dataset")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        return csrf(page);
    }

    private static String csrf(String page) {
        Matcher m =
                Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String field) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream(BIG.length + 512);
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field
                        + "\"; filename=\"big.json\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(BIG);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return http.send(
                request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
