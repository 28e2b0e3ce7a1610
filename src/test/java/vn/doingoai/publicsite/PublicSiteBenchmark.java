package vn.doingoai.publicsite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doingoai.support.Api;
import vn.doingoai.support.Wrk;

/**
 * Not a unit test (Surefire skips classes named *Benchmark*): starts the application on a random
 * port, imports the Thái Nguyên scenario with 40 published news items (Vietnamese and English), then
 * drives {@code /p/19}, {@code /p/19?lang=en} and {@code /p/19/news.atom} from 200 connections at
 * once for 10 seconds (after a 3-second warm-up), and prints the latencies' p50/p95/p99, the
 * throughput, the server's CPU time per request, and the machine's load before and after ({@code uptime}: the machine is shared). The
 * client runs on the same cores as the server. Then, where Debian's {@code wrk} is installed, each
 * page again from wrk (a lighter client than the JDK's 200 threads: it measures the server rather than
 * the client). {@code -Dbench.jfr=true} records the measured run
 * with JFR ({@code settings=profile}) in {@code target/public-site-benchmark.jfr}.
 *
 * <p>Run: {@code ./mvnw test -Dtest=PublicSiteBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest.jvm=-da:org.h2... [-Dbench.connections=200] [-Dbench.seconds=10] [-Dbench.jfr=true]}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicSiteBenchmark {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void publicPagesUnderLoad() throws Exception {
        int connections = Integer.getInteger("bench.connections", 200);
        int seconds = Integer.getInteger("bench.seconds", 10);
        post("/api/v1/dataset", Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        StringBuilder news = new StringBuilder("{\"format\": \"doingoai-dataset/1\", \"news\": [");
        for (int i = 0; i < 40; i++) {
            news.append(i == 0 ? "" : ",")
                    .append("{\"ref\": \"bench-n")
                    .append(i)
                    .append("\", \"unit\": \"19\", \"language\": \"")
                    .append(i % 2 == 0 ? "vi" : "en")
                    .append("\", \"title\": \"Tin đối ngoại số ")
                    .append(i)
                    .append("\", \"summary\": \"Tóm tắt tin số ")
                    .append(i)
                    .append("\", \"body\": \"<p>")
                    .append("Nội dung tin đối ngoại của tỉnh Thái Nguyên. ".repeat(40))
                    .append("</p>\", \"publishedOn\": \"2026-0")
                    .append(1 + i % 9)
                    .append("-1")
                    .append(i % 10)
                    .append("\", \"status\": \"PUBLISHED\"}");
        }
        post("/api/v1/dataset", news.append("]}").toString());

        List<String> paths = List.of("/p/19", "/p/19?lang=en", "/p/19/news.atom");
        run(connections, 3, paths); // warm-up
        String before = uptime();
        jdk.jfr.Recording recording = null;
        if (Boolean.getBoolean("bench.jfr")) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        long serverCpu = serverCpuNanos();
        long[][] results = run(connections, seconds, paths);
        serverCpu = serverCpuNanos() - serverCpu;
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of("target", "public-site-benchmark.jfr"));
            recording.close();
        }
        long[] all =
                Arrays.stream(results).flatMapToLong(Arrays::stream).sorted().toArray();
        List<String> report = new ArrayList<>();
        report.add(String.format(
                "%d connections, %d s, %d requests (%.0f/s), errors: %d",
                connections, seconds, all.length, all.length / (double) seconds, errors.get()));
        report.add(String.format(
                "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f",
                ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6));
        report.add(String.format(
                "server CPU per request (Tomcat's threads): %.3f ms", serverCpu / 1e6 / Math.max(1, all.length)));
        report.add("uptime before: " + before);
        report.add("uptime after: " + uptime());
        report.addAll(wrk(connections, seconds, paths));
        report.forEach(System.out::println);
        Files.write(Path.of("target", "public-site-benchmark.txt"), report);
    }

    final AtomicLong errors = new AtomicLong();

    /**
     * The same pages driven by wrk ({@link Wrk}: a lighter client than the JDK's 200 threads, it
     * measures the server rather than the client), one page at a time; nothing when wrk is not installed.
     */
    List<String> wrk(int connections, int seconds, List<String> paths) throws Exception {
        if (!Wrk.installed()) {
            return List.of("wrk: not installed (apt-get install wrk), not run");
        }
        List<String> lines = new ArrayList<>();
        for (String path : paths) {
            String load = uptime();
            String out = Wrk.run("http://127.0.0.1:" + port + path, connections, seconds);
            lines.add("wrk " + path + ", " + connections + " connections, " + seconds + " s: " + out
                    + "; uptime before: " + load);
        }
        return lines;
    }

    /** Each connection asks for the pages in turn, as fast as it is answered, for {@code seconds}. */
    long[][] run(int connections, int seconds, List<String> paths) throws InterruptedException {
        long[][] latencies = new long[connections][];
        CountDownLatch done = new CountDownLatch(connections);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        errors.set(0);
        for (int c = 0; c < connections; c++) {
            int me = c;
            Thread worker = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                int next = me;
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(uri(paths.get(next++ % paths.size())))
                            .timeout(Duration.ofSeconds(30))
                            .build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - start;
                }
                latencies[me] = Arrays.copyOf(mine, n);
                done.countDown();
            });
            worker.setDaemon(true);
            worker.start();
        }
        done.await();
        return latencies;
    }

    /**
     * The CPU time of the server's threads (Tomcat's, {@code http-nio-*}) so far: per request, the
     * server's own cost, which the other processes on the shared cores change much less than the
     * latencies.
     */
    static long serverCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("http-nio"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId())))
                .sum();
    }

    static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, quantile * sorted.length)] / 1e6;
    }

    static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    void post(String path, String body) throws Exception {
        String auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }
}
