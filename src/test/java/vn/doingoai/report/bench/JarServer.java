package vn.doingoai.report.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application started as a user starts it: {@code java -Xmx1g -jar <jar>} on loopback,
 * with a GC log so that the benchmark can tell how much of the heap the run needed. Bounded: it
 * waits at most {@link #READY_TIMEOUT} for {@code /actuator/health} and {@link #stop} ends it.
 */
final class JarServer implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    final int port;
    final Path log;
    final Path gcLog;
    private final Process process;
    private final long startedAt = System.nanoTime();
    private long readyNanos = -1;

    private JarServer(int port, Path log, Path gcLog, Process process) {
        this.port = port;
        this.log = log;
        this.gcLog = gcLog;
        this.process = process;
    }

    /**
     * Starts the jar. {@code args} are the application's arguments ({@code --doingoai.data-dir=...});
     * {@code env} adds to the environment ({@code DOINGOAI_ADMIN_PASSWORD}).
     */
    static JarServer start(Path jar, String heap, List<String> args, Map<String, String> env, Path workDir)
            throws IOException {
        Files.createDirectories(workDir);
        workDir = workDir.toAbsolutePath();
        int port = freePort();
        Path log = workDir.resolve("server-" + port + ".log");
        Path gcLog = workDir.resolve("gc-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-Xlog:gc:file=" + gcLog));
        String extra = System.getProperty("bench.jvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(workDir.toFile());
        builder.environment().putAll(env);
        return new JarServer(port, log, gcLog, builder.start());
    }

    /**
     * Waits until {@code /actuator/health} answers UP and the application has logged that it started
     * (Tomcat answers the health check a moment before the start-up has finished); the time from
     * the process's start.
     */
    Duration awaitReady(HttpClient http) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200
                        && answer.body().contains("UP")
                        && STARTED.matcher(Files.readString(log)).find()) {
                    readyNanos = System.nanoTime() - startedAt;
                    return Duration.ofNanos(readyNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not ready within " + READY_TIMEOUT + "; see " + log);
    }

    /** The application's own "Started ... in N seconds", if it has logged it. */
    String startedLine() throws IOException {
        Matcher m = STARTED.matcher(Files.readString(log));
        return m.find() ? m.group(1) + " s" : "?";
    }

    /** The CPU time the server has used so far (user and system, all threads): load-independent. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    boolean logContains(String text) throws IOException {
        return Files.readString(log).contains(text);
    }

    /** The heap in MB: the largest after a collection (what the run kept alive), before one, and the committed. */
    int[] heapPeaks() throws IOException {
        int after = 0;
        int before = 0;
        int committed = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_PAUSE.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Integer.parseInt(m.group(1)));
                    after = Math.max(after, Integer.parseInt(m.group(2)));
                    committed = Math.max(committed, Integer.parseInt(m.group(3)));
                }
            }
        }
        return new int[] {after, before, committed};
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /** A free port of the benchmark's own range (18400–18499). */
    private static int freePort() throws IOException {
        for (int port = 18400; port < 18500; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // next
            }
        }
        throw new IOException("no free port in 18400-18499");
    }
}
