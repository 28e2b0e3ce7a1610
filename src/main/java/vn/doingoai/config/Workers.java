package vn.doingoai.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The executors of the application (Spring's, so that they start and stop with it). */
@Configuration(proxyBeanMethods = false)
public class Workers {

    /** The bean name of the executor on which a summary's figure sources run side by side. */
    public static final String FIGURES = "figureWorkers";

    /**
     * One worker per core (at least two): the sources of one summary run in parallel, each in its
     * own read-only transaction; more workers would only compete for the same cores and connections.
     */
    @Bean(name = FIGURES)
    ThreadPoolTaskExecutor figureWorkers() {
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(cores);
        executor.setMaxPoolSize(cores);
        executor.setThreadNamePrefix("figures-");
        executor.setDaemon(true);
        return executor;
    }
}
