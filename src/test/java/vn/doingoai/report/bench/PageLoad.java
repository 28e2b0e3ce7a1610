package vn.doingoai.report.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one URL with a fixed number of connections for a fixed time: each of {@code connections}
 * threads sends its request, waits for the whole answer and sends the next (closed loop, like wrk).
 * Every request that completes after the first {@code warmup} has its latency counted (those still
 * running at the end too: no new request is sent after {@code duration}); the requests per second
 * are the requests answered within {@code duration}. Every thread stops at the deadline, so a run is bounded
 * by {@code warmup + duration + } the request timeout.
 */
final class PageLoad {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** What a run measured: latencies in ms (sorted), errors, the time counted, a first error. */
    record Result(
            String name, double[] millis, long errors, double perSecond, long bytes, String firstError, long sent) {

        double percentile(double p) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
            return millis[Math.max(0, Math.min(millis.length - 1, index))];
        }

        String line() {
            return String.format(
                    "%-42s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  %7.1f req/s  %d errors  (%d requests, %.0f KB each)%s",
                    name,
                    percentile(50),
                    percentile(95),
                    percentile(99),
                    perSecond,
                    errors,
                    millis.length,
                    millis.length == 0 ? 0.0 : bytes / 1024.0 / millis.length,
                    firstError == null ? "" : "  first error: " + firstError);
        }
    }

    /** Sets a request's credentials for worker {@code i}: its session cookie, or HTTP Basic. */
    interface Credentials {
        HttpRequest.Builder apply(HttpRequest.Builder request, int worker);
    }

    private PageLoad() {}

    static Result run(
            HttpClient http,
            String name,
            URI uri,
            Credentials credentials,
            int connections,
            Duration warmup,
            Duration duration)
            throws Exception {
        long start = System.nanoTime();
        long countFrom = start + warmup.toNanos();
        long end = countFrom + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        String[] firstError = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<List<Long>>> workers = new ArrayList<>();
            for (int w = 0; w < connections; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    List<Long> nanos = new ArrayList<>();
                    HttpRequest request = credentials
                            .apply(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT), worker)
                            .GET()
                            .build();
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        String error = null;
                        long size = 0;
                        try {
                            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            size = answer.body().length;
                            if (answer.statusCode() != 200) {
                                error = "HTTP " + answer.statusCode()
                                        + answer.headers()
                                                .firstValue("Location")
                                                .map(l -> " to " + l)
                                                .orElse("");
                            }
                        } catch (Exception e) {
                            error = e.getClass().getSimpleName();
                        }
                        long done = System.nanoTime();
                        answered.incrementAndGet();
                        if (done >= countFrom) {
                            if (done <= end) {
                                completed.incrementAndGet();
                            }
                            if (error == null) {
                                nanos.add(done - sent);
                                bytes.addAndGet(size);
                            } else {
                                errors.incrementAndGet();
                                synchronized (firstError) {
                                    if (firstError[0] == null) {
                                        firstError[0] = error;
                                    }
                                }
                            }
                        }
                    }
                    return nanos;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> worker : workers) {
                all.addAll(worker.get());
            }
            double[] millis = all.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
            return new Result(
                    name,
                    millis,
                    errors.get(),
                    completed.get() / (duration.toNanos() / 1e9),
                    bytes.get(),
                    firstError[0],
                    answered.get());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        }
    }
}
