package vn.doingoai.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.doingoai.DoiNgoaiApplication;
import vn.doingoai.support.Api;
import vn.doingoai.support.TestDatabase;

/**
 * The first start: health says UP only when the application is ready (the first admin exists), and
 * instances starting together on one empty database make one admin without an error. Each test
 * starts applications of its own on a fresh database.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTests {

    /** An application on this database; its settings as command-line arguments, which win over every file. */
    private static SpringApplicationBuilder app() {
        return new SpringApplicationBuilder(DoiNgoaiApplication.class);
    }

    private static String[] args(Map<String, Object> database) {
        List<String> args = new ArrayList<>();
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--server.port=0");
        args.add("--spring.main.banner-mode=off");
        return args.toArray(String[]::new);
    }

    @Test
    void theFirstSignedInRequestSentTheInstantHealthSaysUpGets200() throws Exception {
        // The port the server opens, known the moment it listens (before the application is ready)
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        ApplicationListener<WebServerInitializedEvent> opened =
                event -> listening.complete(event.getWebServer().getPort());
        // A start that takes its time after the port opens (as loading the demo records does):
        // health must not say UP during it.
        ApplicationListener<ApplicationStartedEvent> slowStart = event -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService starter = Executors.newSingleThreadExecutor();
        Future<ConfigurableApplicationContext> started =
                starter.submit(() -> app().listeners(opened, slowStart).run(args(TestDatabase.freshDatabase())));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://localhost:" + listening.get(3, TimeUnit.MINUTES);
        List<Integer> before = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            HttpResponse<String> health = null;
            while (System.nanoTime() < deadline) {
                try {
                    health = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        break;
                    }
                    before.add(health.statusCode());
                } catch (java.io.IOException notListeningYet) {
                    Thread.sleep(5);
                }
            }
            assertThat(health).isNotNull();
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
            HttpResponse<String> me = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD)
                                                            .getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            // while it was starting, health said it was not ready yet (503), never UP
            assertThat(before).isNotEmpty().containsOnly(503);
        } finally {
            started.get().close();
            starter.shutdown();
        }
    }

    @Test
    void twoCreatorsAtOnceOnOneDatabaseMakeOneAdminAndThrowNothing(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = app().run(args(TestDatabase.freshDatabase()))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            FirstAdmin creator = context.getBean(FirstAdmin.class);
            String hash = context.getBean(PasswordEncoder.class).encode("two-at-once");
            for (int round = 0; round < 3; round++) {
                jdbc.update("delete from app_user");
                CyclicBarrier together = new CyclicBarrier(2);
                ExecutorService threads = Executors.newFixedThreadPool(2);
                List<Future<Boolean>> created = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    created.add(threads.submit(() -> {
                        together.await();
                        return creator.createIfNone(hash);
                    }));
                }
                List<Boolean> results = new ArrayList<>();
                for (Future<Boolean> f : created) {
                    results.add(f.get()); // throws if a creator threw
                }
                threads.shutdown();
                assertThat(results).containsExactlyInAnyOrder(true, false);
                assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
                        .isEqualTo(1);
            }
        }
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void twoInstancesStartedTogetherOnOneEmptyPostgresDatabaseMakeOneAdminWithoutAnError(CapturedOutput output)
            throws Exception {
        // Flyway serialises the two migrations with PostgreSQL's advisory lock; H2 in memory is
        // one process's database.
        Assumptions.assumeTrue(TestDatabase.onPostgres());
        // with the demo records, as an installation starts by default: both find the database empty
        List<String> settings = new ArrayList<>(List.of(args(TestDatabase.freshDatabase())));
        settings.add("--doingoai.demo=true");
        String[] database = settings.toArray(String[]::new);
        ExecutorService starters = Executors.newFixedThreadPool(2);
        // Both instances migrate the database and look for users at the same moment; only their
        // logging, which Spring Boot sets up for the whole JVM, starts one after the other.
        CyclicBarrier together = new CyclicBarrier(2);
        CountDownLatch firstIsWaiting = new CountDownLatch(1);
        List<Future<ConfigurableApplicationContext>> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            boolean second = i == 1;
            instances.add(starters.submit(() -> {
                if (second) {
                    firstIsWaiting.await();
                }
                return app().initializers(context -> {
                            firstIsWaiting.countDown();
                            try {
                                together.await(1, TimeUnit.MINUTES);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .run(database);
            }));
        }
        List<ConfigurableApplicationContext> running = new ArrayList<>();
        try {
            for (Future<ConfigurableApplicationContext> instance : instances) {
                running.add(instance.get());
            }
            JdbcTemplate jdbc = running.get(0).getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username from app_user", String.class))
                    .containsExactly("admin");
        } finally {
            running.forEach(ConfigurableApplicationContext::close);
            starters.shutdown();
        }
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }
}
