package vn.doingoai.report.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;

/**
 * Not a unit test (Surefire skips classes named *Benchmark*): starts the application on a random
 * port, imports a generated national dataset through {@code POST /api/v1/dataset} (records per
 * second), then times the national ten-year summary (median of N) and one province for one month.
 *
 * <p>Run: {@code ./mvnw test -Dtest=SummaryBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbench.size=200000] [-Dbench.runs=5]}. See docs/benchmark.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SummaryBenchmark {

    @org.springframework.beans.factory.annotation.Autowired
    List<vn.doingoai.report.FigureSource> sources;

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final String auth = "Basic "
            + Base64.getEncoder()
                    .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @Test
    void importAndSummarise() throws Exception {
        int size = Integer.getInteger("bench.size", 200_000);
        int runs = Integer.getInteger("bench.runs", 5);
        List<String> report = new ArrayList<>();
        report.add("size=" + size + " runs=" + runs + " db="
                + (System.getenv("DOINGOAI_TEST_DB") == null ? "h2" : System.getenv("DOINGOAI_TEST_DB")));

        Integer existing = jdbc.queryForObject("select count(*) from delegation", Integer.class);
        if (existing != null && existing > 0) {
            report.add("reusing the " + existing + " delegations already imported (-Dtest.db.schema)");
            timeSummaries(runs, report);
            return;
        }
        long t0 = System.nanoTime();
        List<NationalDatasetGenerator.Part> parts =
                NationalDatasetGenerator.generate(NationalDatasetGenerator.provinces(), size, 42L);
        int records =
                parts.stream().mapToInt(NationalDatasetGenerator.Part::records).sum();
        report.add(String.format("generated %d records in %.1f s", records, seconds(t0)));

        long importStart = System.nanoTime();
        int failed = 0;
        List<String> perDocument = new ArrayList<>();
        for (NationalDatasetGenerator.Part part : parts) {
            long partStart = System.nanoTime();
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/dataset"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofString(part.json())));
            if (answer.statusCode() != 200) {
                failed++;
                String body = answer.body();
                report.add("import " + part.year() + " answered " + answer.statusCode() + ": "
                        + body.substring(0, Math.min(400, body.length())));
            }
            perDocument.add(String.format("%d: %.0f/s", part.year(), part.records() / seconds(partStart)));
        }
        double importSeconds = seconds(importStart);
        report.add(String.format(
                "import: %d records in %.1f s = %.0f records/s (%d of %d documents refused)",
                records, importSeconds, records / importSeconds, failed, parts.size()));
        report.add("import per document: " + String.join(", ", perDocument));

        if (vn.doingoai.support.TestDatabase.onPostgres()) {
            // The steady state of a running database: autovacuum would have analysed the new rows.
            long analyzeStart = System.nanoTime();
            jdbc.execute("analyze");
            report.add(String.format("analyze after the import: %.1f s", seconds(analyzeStart)));
        }
        timeSummaries(runs, report);
    }

    private static final List<String> SUMMARIES = List.of(
            "/api/v1/reports/summary?unit=VN&from=2016-01-01&to=2025-12-31",
            "/api/v1/reports/summary?unit=19&from=2021-06-01&to=2021-06-30",
            "/api/v1/reports/summary?unit=24&from=2025-01-01&to=2025-12-31",
            "/api/v1/reports/summary?unit=VN&from=1990-01-01&to=1990-01-31");

    private void timeSummaries(int runs, List<String> report) throws Exception {
        // A running server is warm: the JIT has compiled the hot paths, the database has its pages.
        long warmStart = System.nanoTime();
        int warmup = Integer.getInteger("bench.warmup", 30);
        for (int i = 0; i < warmup; i++) {
            for (String path : SUMMARIES) {
                send(HttpRequest.newBuilder(uri(path)).GET());
            }
        }
        report.add(String.format("warm-up: %d rounds of the summaries in %.1f s", warmup, seconds(warmStart)));
        report.add(time(
                "national ten-year summary", "/api/v1/reports/summary?unit=VN&from=2016-01-01&to=2025-12-31", runs));
        report.add(
                time("province 19, June 2021", "/api/v1/reports/summary?unit=19&from=2021-06-01&to=2021-06-30", runs));
        report.add(time(
                "province 24 with merged, 2025",
                "/api/v1/reports/summary?unit=24&from=2025-01-01&to=2025-12-31",
                runs));

        report.add(time("request overhead (/api/v1/me)", "/api/v1/me", runs));
        report.add(timePage("page: national view, 2025", "/reports/national?from=2025-01-01&to=2025-12-31", runs));
        report.add(timePage(
                "page: report, province 19, 9 months 2021", "/reports?unit=19&from=2021-01-01&to=2021-09-30", runs));
        report.add(timePage("page: dashboard", "/", runs));
        report.add(time(
                "national summary of an empty month",
                "/api/v1/reports/summary?unit=VN&from=1990-01-01&to=1990-01-31",
                runs));
        report.addAll(perSource(
                runs,
                vn.doingoai.period.Period.of(
                        java.time.LocalDate.of(2016, 1, 1), java.time.LocalDate.of(2025, 12, 31))));
        report.add(direct("summary service, national empty month", "VN", "1990-01-01", "1990-01-31", runs));
        report.add(direct("summary service, national ten years", "VN", "2016-01-01", "2025-12-31", runs));
        report.add("province 24 with merged, 2025:");
        report.addAll(perSource(
                runs,
                "24",
                vn.doingoai.period.Period.of(
                        java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31))));
        report.add("province 19, June 2021:");
        report.addAll(perSource(
                runs,
                "19",
                vn.doingoai.period.Period.of(java.time.LocalDate.of(2021, 6, 1), java.time.LocalDate.of(2021, 6, 30))));
        report.add(direct("summary service, province 19, June 2021", "19", "2021-06-01", "2021-06-30", runs));
        report.add("empty month:");
        report.addAll(perSource(
                runs,
                vn.doingoai.period.Period.of(java.time.LocalDate.of(1990, 1, 1), java.time.LocalDate.of(1990, 1, 31))));
        report.add(time(
                "again at the end: province 19, June 2021",
                "/api/v1/reports/summary?unit=19&from=2021-06-01&to=2021-06-30",
                runs));

        Path out = Path.of("target", "bench", "summary-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(line -> System.out.println("[bench] " + line));
    }

    /** Each figure source alone, national ten years (one period): where the summary's time goes. */
    @org.springframework.beans.factory.annotation.Autowired
    vn.doingoai.unit.Units units;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private List<String> perSource(int runs, vn.doingoai.period.Period period) {
        return perSource(runs, "VN", period);
    }

    private List<String> perSource(int runs, String unit, vn.doingoai.period.Period period) {
        List<String> lines = new ArrayList<>();
        var query = new vn.doingoai.report.FigureQuery(unit, units.reportScope(unit, true), period);
        var auth = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                Api.ADMIN,
                null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN")));
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(auth);
        for (vn.doingoai.report.FigureSource source : sources) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                long start = System.nanoTime();
                source.contribute(query, new vn.doingoai.report.Figures());
                if (i > 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            millis.sort(Double::compare);
            lines.add(String.format(
                    "  %s: median %.1f ms",
                    source.getClass().getSimpleName().replaceAll("\\$\\$.*", ""), millis.get(millis.size() / 2)));
        }
        return lines;
    }

    @org.springframework.beans.factory.annotation.Autowired
    vn.doingoai.report.SummaryService summaries;

    private String direct(String name, String unit, String from, String to, int runs) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long start = System.nanoTime();
            summaries.summary(unit, from, to, true);
            if (i > 0) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        millis.sort(Double::compare);
        return String.format("%s: median %.0f ms", name, millis.get(millis.size() / 2));
    }

    private String time(String name, String path, int runs) throws Exception {
        return time(name, runs, () -> send(HttpRequest.newBuilder(uri(path)).GET()));
    }

    /** A page as a signed-in user gets it (form login, session cookie). */
    private String timePage(String name, String path, int runs) throws Exception {
        return time(name, runs, () -> pages().send(
                        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpClient pages;

    private HttpClient pages() throws Exception {
        if (pages == null) {
            pages = HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String form = pages.send(
                            HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                    .matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String body = "username=" + Api.ADMIN + "&password=" + Api.ADMIN_PASSWORD + "&_csrf=" + csrf.group(1);
            pages.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return pages;
    }

    interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private static String time(String name, int runs, Request request) throws Exception {
        List<Double> millis = new ArrayList<>();
        int status = request.send().statusCode();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            status = request.send().statusCode();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        return String.format(
                "%s: median %.0f ms, min %.0f ms, max %.0f ms (HTTP %d)",
                name, millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), status);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
