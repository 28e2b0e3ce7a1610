package vn.doingoai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Static files: versioned URLs in the pages, cached for a year, gzipped for clients that accept it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticResourceTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesLinkVersionedStaticFiles() throws Exception {
        String page = new String(get("/login", false).body(), StandardCharsets.UTF_8);

        assertThat(page).containsPattern("src=\"/js/app-[0-9a-f]{32}\\.js\"");
        assertThat(page).containsPattern("href=\"/webjars/bootstrap/\\d[^/\"]*/css/bootstrap\\.min\\.css\"");
        assertThat(page).doesNotContain("href=\"/css/app.css\"");
        // links to pages are left alone
        assertThat(page).contains("action=\"/login\"");
    }

    @Test
    void staticFilesAreCachedForAYearAsImmutable() throws Exception {
        for (String url : new String[] {find("/css/app-[0-9a-f]{32}\\.css"), find("/webjars/htmx[^\"]+\\.js")}) {
            HttpResponse<byte[]> answer = get(url, false);

            assertThat(answer.statusCode()).as(url).isEqualTo(200);
            String cacheControl = answer.headers().firstValue("Cache-Control").orElse("");
            assertThat(cacheControl).as(url).contains("max-age=31536000", "public", "immutable");
            assertThat(cacheControl).as(url).doesNotContain("no-store", "no-cache");
            assertThat(answer.headers().allValues("Set-Cookie")).as(url).isEmpty();
        }
    }

    @Test
    void aClientThatAcceptsGzipGetsGzip() throws Exception {
        String url = find("/webjars/bootstrap/[^\"]+/bootstrap\\.min\\.css");

        HttpResponse<byte[]> zipped = get(url, true);
        HttpResponse<byte[]> plain = get(url, false);

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertThat(unzipped).isEqualTo(plain.body());
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
    }

    private String find(String pattern) throws Exception {
        String page = new String(get("/login", false).body(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(pattern).matcher(page);
        assertThat(m.find()).as(pattern + " in the login page").isTrue();
        return m.group();
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
