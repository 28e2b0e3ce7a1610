package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doingoai.DoiNgoaiApplication;
import vn.doingoai.support.Api;
import vn.doingoai.support.TestDatabase;

/**
 * Exporting the dataset of a unit, importing it into an empty installation and summarising again
 * gives the same figures; and exporting from there gives the same document.
 */
class RoundTripTests {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void exportImportIntoAnEmptyInstallationGivesTheSameFigures() throws Exception {
        String summary = "/api/v1/reports/summary?unit=19&from=2021-01-01&to=2021-09-30";
        try (ConfigurableApplicationContext first = start()) {
            String a = base(first);
            assertThat(call(a, "POST", "/api/v1/dataset", Api.scenario("thai-nguyen-2021-9m.dataset.json"))
                            .statusCode())
                    .isEqualTo(200);
            String exported = call(a, "GET", "/api/v1/dataset?unit=19", null).body();
            JsonNode figuresBefore =
                    json.readTree(call(a, "GET", summary, null).body()).get("figures");
            try (ConfigurableApplicationContext second = start()) {
                String b = base(second);
                HttpResponse<String> imported = call(b, "POST", "/api/v1/dataset", exported);
                assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
                JsonNode figuresAfter =
                        json.readTree(call(b, "GET", summary, null).body()).get("figures");
                assertThat(figuresAfter).isEqualTo(figuresBefore);
                assertThat(json.readTree(
                                call(b, "GET", "/api/v1/dataset?unit=19", null).body()))
                        .isEqualTo(json.readTree(exported));
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("server.port", "0");
        properties.put("doingoai.demo", "false");
        properties.put("DOINGOAI_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        properties.put("doingoai.data-dir", "target/test-data");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(DoiNgoaiApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private HttpResponse<String> call(String base, String method, String path, String body) throws Exception {
        String auth = Base64.getEncoder()
                .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json");
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
