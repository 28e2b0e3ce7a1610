package vn.doingoai.support;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.DoiNgoaiApplication;

/**
 * Another, empty installation of the application in the test's JVM: its own database (a fresh H2,
 * or a fresh schema of the tests' database) and its own data directory, with the tests' settings
 * (no demo records, the known first admin). For restoring a backup into.
 */
public final class Installation implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final Api api;

    private Installation(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(springSecurity())
                .build();
        this.api = new Api(mvc, context.getBean(ObjectMapper.class));
    }

    /** Starts an installation on a fresh database of the tests' kind (H2, or PostgreSQL with DOINGOAI_TEST_DB). */
    public static Installation start() {
        return start(TestDatabase.freshDatabase());
    }

    /** Starts an installation on a fresh embedded H2 database, whatever the tests' database. */
    public static Installation startOnH2() {
        return start(Map.of(
                "spring.datasource.url",
                "jdbc:h2:mem:i" + UUID.randomUUID().toString().replace("-", "")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username",
                "sa",
                "spring.datasource.password",
                "",
                "spring.datasource.hikari.maximum-pool-size",
                "4"));
    }

    private static Installation start(Map<String, Object> database) {
        Path dataDir =
                Path.of("target", "installations", UUID.randomUUID().toString()).toAbsolutePath();
        List<String> args = new ArrayList<>();
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--doingoai.data-dir=" + dataDir);
        args.add("--server.port=0");
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(DoiNgoaiApplication.class).run(args.toArray(String[]::new));
        return new Installation(context, dataDir);
    }

    /** The API of this installation, as its first admin. */
    public Api api() {
        return api;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A bean of this installation (its DataSource, to look into its database). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
