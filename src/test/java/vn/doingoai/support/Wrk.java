package vn.doingoai.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's {@code wrk}, the load generator the issues measure with: two threads on epoll, so that the
 * client takes little of the two cores the server shares. Its summary line gives p50, p95 and p99
 * (its own output stops at p90 and p99). For the benchmarks; never run by {@code verify}.
 */
public final class Wrk {

    private static final Path WRK = Path.of("/usr/bin/wrk");

    static final String SCRIPT =
            """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("%d requests (%.0f/s), errors: %d, latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\\n",
                summary.requests, summary.requests / (summary.duration / 1e6),
                e.status + e.connect + e.read + e.write + e.timeout,
                latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
            end
            """;

    private Wrk() {}

    public static boolean installed() {
        return Files.isExecutable(WRK);
    }

    /**
     * wrk's summary of {@code url} at {@code connections} for {@code seconds}, after a 3 s warm-up,
     * each request with the {@code headers} given ({@code "Cookie: SESSION=..."}).
     */
    public static String run(String url, int connections, int seconds, String... headers) throws Exception {
        Path script = Files.writeString(Files.createTempFile("wrk", ".lua"), SCRIPT);
        try {
            once(url, connections, 3, script, headers);
            List<String> out = once(url, connections, seconds, script, headers);
            return out.isEmpty() ? "no output" : out.get(out.size() - 1);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static List<String> once(String url, int connections, int seconds, Path script, String... headers)
            throws Exception {
        List<String> command = new ArrayList<>(
                List.of(WRK.toString(), "-t2", "-c" + connections, "-d" + seconds + "s", "-s", script.toString()));
        for (String header : headers) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        wrk.waitFor();
        return out;
    }
}
