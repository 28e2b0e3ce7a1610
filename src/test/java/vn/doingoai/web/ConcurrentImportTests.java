package vn.doingoai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doingoai.support.Api;

/**
 * Four clients import the same document at the same moment: each gets 200 or a 409 problem, never a
 * 500, the records exist once, and the log has no error. Unit 56, refs {@code par-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentImportTests {

    static final int RECORDS = 250;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static String document() {
        StringBuilder partners = new StringBuilder();
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < RECORDS; i++) {
            String sep = i == 0 ? "" : ",";
            partners.append(sep)
                    .append("{\"ref\": \"par-p")
                    .append(i)
                    .append("\", \"kind\": \"OTHER\", \"name\": \"Parallel partner ")
                    .append(i)
                    .append("\", \"unit\": \"56\"}");
            events.append(sep)
                    .append("{\"ref\": \"par-e")
                    .append(i)
                    .append("\", \"unit\": \"56\", \"title\": \"Parallel event ")
                    .append(i)
                    .append("\", \"type\": \"OTHER\", \"format\": \"ONLINE\", \"role\": \"HOSTED\",")
                    .append(" \"startDate\": \"2022-03-01\", \"endDate\": \"2022-03-01\", \"partners\": [\"par-p")
                    .append(i)
                    .append("\"]}");
        }
        return "{\"format\": \"doingoai-dataset/1\", \"partners\": [" + partners + "], \"events\": [" + events + "]}";
    }

    @Test
    void fourParallelImportsOfOneDocumentAnswer200Or409AndWriteOnce(CapturedOutput output) throws Exception {
        String body = document();
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        CyclicBarrier together = new CyclicBarrier(4);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(clients.submit(() -> {
                together.await();
                return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dataset"))
                                .header("Authorization", auth)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.add(response.statusCode());
            assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
            if (response.statusCode() == 409) {
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(response.body()).contains("\"status\":409");
            }
        }
        clients.shutdown();
        assertThat(statuses).contains(200);
        assertThat(jdbc.queryForObject("select count(*) from partner where ref like 'par-p%'", Integer.class))
                .isEqualTo(RECORDS);
        assertThat(jdbc.queryForObject("select count(*) from event where ref like 'par-e%'", Integer.class))
                .isEqualTo(RECORDS);
        assertThat(output.getOut()).doesNotContain(" ERROR ").doesNotContain("Exception");
        System.out.println("Parallel imports answered " + statuses);
    }
}
