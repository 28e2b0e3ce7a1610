package vn.doingoai.report.bench;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.doingoai.support.Wrk;

/**
 * Not a unit test (Surefire skips classes named *Benchmark*, and it needs the packaged jar): the
 * load test of issue 18. It starts the jar as a user would ({@code java -Xmx1g -jar}), on an empty
 * database first to time start to ready, then on the benchmark's database: imports the generated
 * national dataset through {@code POST /api/v1/dataset} (unless the kept database already holds it),
 * times the national ten-year summary and one province-month, and drives each page with signed-in
 * sessions (form login, CSRF) at 50 connections for a fixed time, printing p50, p95, p99, requests
 * per second and errors per page. Loopback only; every wait is bounded and the server is stopped
 * at the end. See docs/benchmark.md for how to run it.
 */
class LoadBenchmark {

    static final String PASSWORD = System.getProperty("bench.password", "bench-admin-pw");
    static final String NATIONAL_USER = "bench-national";
    static final String NATIONAL_PASSWORD = "bench-national-pw";

    /** The pages of issue 18, driven one after another. */
    static final Map<String, String> PAGES = pages();

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard (national user)", "/");
        pages.put("report, province 19, 9 months 2021", "/reports?unit=19&from=2021-01-01&to=2021-09-30");
        pages.put("national view, 2025", "/reports/national?from=2025-01-01&to=2025-12-31");
        pages.put("delegations list, province 19", "/delegations?unit=19");
        return pages;
    }

    static final String API_LIST = "/api/v1/delegations?unit=19";

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    final List<String> report = new ArrayList<>();
    final Path out = Path.of("target", "bench");
    final String db = System.getProperty("bench.db", "h2");
    final boolean keep = Boolean.getBoolean("bench.keep");

    /** Runs it without Maven (so that a build elsewhere cannot change its classes while it runs). */
    public static void main(String[] args) throws Exception {
        new LoadBenchmark().underLoad();
    }

    @Test
    void underLoad() throws Exception {
        Path jar = jar();
        note("jar %s, db %s, heap %s, %d cores, load %s", jar.getFileName(), db, heap(), cores(), loadAverage());
        for (int i = 0; i < Integer.getInteger("bench.startRuns", 1); i++) {
            timeEmptyStart(jar);
        }
        try (JarServer server = JarServer.start(jar, heap(), databaseArgs("bench_load", keep), env(), out)) {
            note("start on the benchmark's database: ready in %.1f s", seconds(server.awaitReady(http)));
            Bench bench = new Bench(server);
            bench.importUnlessPresent();
            bench.createNationalUser();
            bench.summaries();
            bench.staticResources();
            bench.drivePages();
            int[] heap = server.heapPeaks();
            note(
                    "memory (-Xmx%s): largest heap after a collection %d MB, before one %d MB, committed %d MB;"
                            + " server alive at the end: %s, OutOfMemoryError in its log: %s",
                    heap(), heap[0], heap[1], heap[2], server.alive(), server.logContains("OutOfMemoryError"));
        } finally {
            note("load at the end: %s", loadAverage());
            Files.createDirectories(out);
            Files.write(out.resolve("load-benchmark.txt"), report);
        }
    }

    /** The start of the jar on an empty database, with no demo data, to /actuator/health UP. */
    private void timeEmptyStart(Path jar) throws Exception {
        try (JarServer server = JarServer.start(jar, heap(), databaseArgs("bench_empty", false), env(), out)) {
            String before = loadAverage();
            Duration ready = server.awaitReady(http);
            note(
                    "start on an empty database: ready in %.1f s (the log says \"Started ... in %s\"), %.1f s of CPU;"
                            + " load before %s",
                    seconds(ready), server.startedLine(), server.cpuSeconds(), before);
        }
    }

    /** One run against a started server. */
    final class Bench {

        final JarServer server;
        final String admin = basic("admin", PASSWORD);

        Bench(JarServer server) {
            this.server = server;
        }

        void importUnlessPresent() throws Exception {
            HttpResponse<String> list = get("/api/v1/delegations?unit=VN&size=1", admin);
            Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(list.body());
            if (total.find() && Long.parseLong(total.group(1)) > 0) {
                note("the kept database holds %s delegations: no import", total.group(1));
                return;
            }
            CpuShare cpu = CpuShare.start(server.pid());
            int size = Integer.getInteger("bench.size", 200_000);
            List<NationalDatasetGenerator.Part> parts =
                    NationalDatasetGenerator.generate(NationalDatasetGenerator.provinces(), size, 42L);
            int records = parts.stream()
                    .mapToInt(NationalDatasetGenerator.Part::records)
                    .sum();
            boolean jfr = Boolean.getBoolean("bench.jfr");
            if (jfr) {
                jcmd("JFR.start", "name=import", "settings=profile");
            }
            long start = System.nanoTime();
            List<String> perDocument = new ArrayList<>();
            for (NationalDatasetGenerator.Part part : parts) {
                long partStart = System.nanoTime();
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(server.uri("/api/v1/dataset"))
                                .header("Authorization", admin)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofMinutes(20))
                                .POST(HttpRequest.BodyPublishers.ofString(part.json()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("import of " + part.year() + " answered " + answer.statusCode()
                            + ": "
                            + answer.body()
                                    .substring(0, Math.min(500, answer.body().length())));
                }
                perDocument.add(String.format("%d %.0f/s", part.year(), part.records() / seconds(partStart)));
            }
            double took = seconds(start);
            if (jfr) {
                Path file = out.resolve("jfr").resolve("import.jfr").toAbsolutePath();
                Files.createDirectories(file.getParent());
                jcmd("JFR.stop", "name=import", "filename=" + file);
            }
            note(
                    "import: %,d records in %.1f s = %,.0f records/s, load %s, %s",
                    records, took, records / took, loadAverage(), cpu.since());
            note("import per document: %s", String.join(", ", perDocument));
        }

        void createNationalUser() throws Exception {
            String body = "{\"username\":\"" + NATIONAL_USER + "\",\"password\":\"" + NATIONAL_PASSWORD
                    + "\",\"role\":\"OFFICER\",\"unit\":\"VN\",\"fullName\":\"Benchmark\"}";
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(server.uri("/api/v1/users"))
                            .header("Authorization", admin)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2 && get("/api/v1/me", national()).statusCode() != 200) {
                throw new IllegalStateException("cannot create the national user: " + answer.body());
            }
        }

        String national() {
            return basic(NATIONAL_USER, NATIONAL_PASSWORD);
        }

        /** The summaries over HTTP Basic, one request at a time: median, min and max of N after a warm-up. */
        void summaries() throws Exception {
            int runs = Integer.getInteger("bench.runs", 10);
            summary("national ten-year summary", "/api/v1/reports/summary?unit=VN&from=2016-01-01&to=2025-12-31", runs);
            summary(
                    "one province-month (19, June 2021)",
                    "/api/v1/reports/summary?unit=19&from=2021-06-01&to=2021-06-30",
                    runs);
            summary("request overhead (/api/v1/me)", "/api/v1/me", runs);
            // The same two right after a write: computed from the records, not from the cache.
            afterWrite = true;
            summary(
                    "national ten-year summary, first after a write",
                    "/api/v1/reports/summary?unit=VN&from=2016-01-01&to=2025-12-31",
                    runs);
            summary(
                    "one province-month, first after a write",
                    "/api/v1/reports/summary?unit=19&from=2021-06-01&to=2021-06-30",
                    runs);
            afterWrite = false;
        }

        private boolean afterWrite;
        private int writes;

        /** A write that changes no figure: a partner of its own (raises the data version). */
        private void write() throws Exception {
            String body = "{\"ref\":\"bench-write-" + System.nanoTime() + "-" + (writes++)
                    + "\",\"kind\":\"OTHER\",\"name\":\"Benchmark write\",\"country\":\"JP\"}";
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(server.uri("/api/v1/partners"))
                            .header("Authorization", admin)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("the write answered " + answer.statusCode() + ": " + answer.body());
            }
        }

        private void summary(String name, String path, int runs) throws Exception {
            for (int i = 0; i < 3; i++) {
                check(get(path, national()), path);
            }
            double[] millis = new double[runs];
            CpuShare cpu = CpuShare.start(server.pid());
            for (int i = 0; i < runs; i++) {
                if (afterWrite) {
                    write();
                }
                long start = System.nanoTime();
                check(get(path, national()), path);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(millis);
            note(
                    "%s: median %.1f ms, min %.1f, max %.1f (%d runs), load %s, %s",
                    name, millis[runs / 2], millis[0], millis[runs - 1], runs, loadAverage(), cpu.since());
        }

        /** What a first visit to the dashboard fetches besides the page, and how it is sent. */
        void staticResources() throws Exception {
            String session = login();
            String page = new String(get("/", "SESSION=" + session, "Cookie").body(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"")
                    .matcher(page);
            Set<String> urls = new LinkedHashSet<>();
            while (m.find()) {
                urls.add(m.group(1).replace("&amp;", "&"));
            }
            long sent = 0;
            long plain = 0;
            int gzipped = 0;
            Set<String> cacheControls = new LinkedHashSet<>();
            for (String url : urls) {
                HttpResponse<byte[]> answer = http.send(
                        HttpRequest.newBuilder(server.uri(url))
                                .header("Cookie", "SESSION=" + session)
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                sent += answer.body().length;
                boolean gzip = answer.headers()
                        .firstValue("Content-Encoding")
                        .orElse("")
                        .contains("gzip");
                gzipped += gzip ? 1 : 0;
                plain += gzip
                        ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(answer.body()))
                                .readAllBytes()
                                .length
                        : answer.body().length;
                cacheControls.add(answer.headers().firstValue("Cache-Control").orElse("(none)"));
            }
            note(
                    "static files of a dashboard visit: %d files, %,d KB sent (%,d KB unpacked), %d of %d gzipped,"
                            + " Cache-Control %s",
                    urls.size(), sent / 1024, plain / 1024, gzipped, urls.size(), cacheControls);
            note("  %s", String.join(" ", urls));
        }

        /** Each page at N connections with signed-in sessions, then the API list with HTTP Basic. */
        void drivePages() throws Exception {
            int connections = Integer.getInteger("bench.connections", 50);
            Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
            Duration duration = Duration.ofSeconds(Integer.getInteger("bench.duration", 10));
            String[] sessions = new String[connections];
            for (int i = 0; i < connections; i++) {
                sessions[i] = login();
            }
            note(
                    "load: %d connections, %d s warm-up then %d s counted per page, %d signed-in sessions of %s (OFFICER, VN)",
                    connections, warmup.toSeconds(), duration.toSeconds(), connections, NATIONAL_USER);
            String only = System.getProperty("bench.pages", "");
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                if (only.isBlank() || page.getKey().contains(only)) {
                    drive(
                            page.getKey(),
                            page.getValue(),
                            connections,
                            warmup,
                            duration,
                            (request, worker) -> request.header("Cookie", "SESSION=" + sessions[worker]),
                            "Cookie: SESSION=" + sessions[0]);
                }
            }
            if (only.isBlank() || "api".equals(only)) {
                String national = national();
                drive(
                        "GET " + API_LIST + " (Basic)",
                        API_LIST,
                        connections,
                        warmup,
                        duration,
                        (request, worker) -> request.header("Authorization", national),
                        "Authorization: " + national);
            }
        }

        private void drive(
                String name,
                String path,
                int connections,
                Duration warmup,
                Duration duration,
                PageLoad.Credentials credentials,
                String wrkHeader)
                throws Exception {
            String jfrName = name.replaceAll("[^A-Za-z0-9]+", "-");
            boolean jfr = Boolean.getBoolean("bench.jfr");
            if (jfr) {
                jcmd("JFR.start", "name=" + jfrName, "settings=profile");
            }
            String before = loadAverage();
            CpuShare cpu = CpuShare.start(server.pid());
            PageLoad.Result result =
                    PageLoad.run(http, name, server.uri(path), credentials, connections, warmup, duration);
            String used = cpu.since();
            double cpuPerRequest = cpu.serverSeconds() * 1000 / Math.max(1, result.sent());
            if (jfr) {
                Path file = out.resolve("jfr").resolve(jfrName + ".jfr").toAbsolutePath();
                Files.createDirectories(file.getParent());
                jcmd("JFR.stop", "name=" + jfrName, "filename=" + file);
            }
            note("%s  server CPU %.1f ms per request; load before %s, %s", result.line(), cpuPerRequest, before, used);
            if (Wrk.installed()) { // the lighter client the issue measures with: one session, two threads
                note(
                        "  wrk %s: %s",
                        name, Wrk.run(server.uri(path).toString(), connections, (int) duration.toSeconds(), wrkHeader));
            }
        }

        private void jcmd(String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of("jcmd", Long.toString(server.pid())));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }

        /**
         * Signs in through the login form (the CSRF token from the form, its cookie with it) and
         * answers the session cookie.
         */
        String login() throws Exception {
            HttpResponse<String> form = http.send(
                    HttpRequest.newBuilder(server.uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
            String token = cookie(form, "XSRF-TOKEN");
            Matcher csrf =
                    Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
            if (token == null || !csrf.find()) {
                throw new IllegalStateException("no CSRF cookie or token on the login page");
            }
            String body = "username=" + NATIONAL_USER + "&password=" + NATIONAL_PASSWORD + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(server.uri("/login"))
                            .header("Cookie", "XSRF-TOKEN=" + token)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            String signedIn = cookie(answer, "SESSION");
            if (answer.statusCode() != 302 || location.contains("error") || signedIn == null) {
                throw new IllegalStateException("login failed: " + answer.statusCode() + " " + location);
            }
            return signedIn;
        }

        private static String cookie(HttpResponse<?> answer, String name) {
            for (String header : answer.headers().allValues("Set-Cookie")) {
                if (header.startsWith(name + "=")) {
                    return header.substring(name.length() + 1, header.indexOf(';'));
                }
            }
            return null;
        }

        HttpResponse<String> get(String path, String authorization) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(server.uri(path))
                            .header("Authorization", authorization)
                            .timeout(PageLoad.REQUEST_TIMEOUT)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> get(String path, String value, String header) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(server.uri(path))
                            .header(header, value)
                            .timeout(PageLoad.REQUEST_TIMEOUT)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        private void check(HttpResponse<String> answer, String path) {
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
        }
    }

    /** The application's arguments for the database: a data directory (H2), or a PostgreSQL schema. */
    private List<String> databaseArgs(String name, boolean kept) throws Exception {
        List<String> args = new ArrayList<>(List.of("--doingoai.demo=false"));
        Path dataDir = kept
                ? Path.of(System.getProperty(
                        "bench.dataDir", out.resolve("load-" + name).toString()))
                : out.resolve(name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss")));
        if (!kept) {
            deleteTree(dataDir);
        }
        args.add("--doingoai.data-dir=" + dataDir.toAbsolutePath());
        if ("postgres".equals(db)) {
            String url =
                    System.getenv().getOrDefault("DOINGOAI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/doingoai");
            try (var connection = DriverManager.getConnection(url, "doingoai", "doingoai");
                    var statement = connection.createStatement()) {
                if (!kept) {
                    statement.execute("drop schema if exists " + name + " cascade");
                }
                statement.execute("create schema if not exists " + name);
            }
            args.addAll(List.of(
                    "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
                    "--spring.datasource.username=doingoai",
                    "--spring.datasource.password=doingoai",
                    "--spring.flyway.schemas=" + name,
                    "--spring.flyway.default-schema=" + name));
        }
        return args;
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Map<String, String> env() {
        return Map.of("DOINGOAI_ADMIN_PASSWORD", PASSWORD);
    }

    private static Path jar() throws Exception {
        String given = System.getProperty("bench.jar");
        if (given != null) {
            return Path.of(given).toAbsolutePath();
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("doingoai-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run ./mvnw -DskipTests package"))
                    .toAbsolutePath();
        }
    }

    private static String heap() {
        return System.getProperty("bench.heap", "1g");
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The machine's load average (other developers' builds share the cores). */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private void note(String format, Object... args) {
        String line = String.format(format, args);
        report.add(line);
        System.out.println("[load] " + line);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
