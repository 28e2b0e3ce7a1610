package vn.doingoai.dataset;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;

/**
 * Long imports of the dataset page, run in the background as the person who started them (their
 * rights, their language), so that the page can show their progress while they run: the page
 * polls {@link Job#progress()}. An import is still one transaction, all or nothing. At most {@link
 * #THREADS} run at once and {@link #QUEUED} wait; a finished job is forgotten after {@link #KEEP}.
 * Jobs live in this instance's memory: behind a load balancer the page's polls need sticky sessions.
 */
@Component
class ImportJobs {

    static final int THREADS = 2;
    static final int QUEUED = 8;
    static final Duration KEEP = Duration.ofHours(2);

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(
            THREADS, THREADS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(QUEUED), runnable -> {
                Thread thread = new Thread(runnable, "dataset-import-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    /** An import running or done: what the page shows of it. */
    static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final String user;
        private final String token;
        private final String fileName;
        private final boolean dryRun;
        private final ImportProgress progress = new ImportProgress();
        private volatile ImportResult result;
        private volatile List<FieldProblem> problems = List.of();
        private volatile boolean failed;
        private volatile Instant finishedAt;

        Job(String user, String token, String fileName, boolean dryRun) {
            this.user = user;
            this.token = token;
            this.fileName = fileName;
            this.dryRun = dryRun;
        }

        public String id() {
            return id;
        }

        public String token() {
            return token;
        }

        public String fileName() {
            return fileName;
        }

        public boolean dryRun() {
            return dryRun;
        }

        public ImportProgress progress() {
            return progress;
        }

        public boolean done() {
            return finishedAt != null;
        }

        /** The counts, once it succeeded. */
        public ImportResult result() {
            return result;
        }

        /** Every problem, once it was refused. */
        public List<FieldProblem> problems() {
            return problems;
        }

        /** Whether it stopped on an error of the system (logged), not on a problem of its input. */
        public boolean failed() {
            return failed;
        }

        /** What the page shows of it now: once done, its outcome too. */
        View view() {
            boolean over = done(); // read first: the outcome is written before the job is done
            return new View(
                    id,
                    token,
                    fileName,
                    dryRun,
                    over,
                    over && failed,
                    progress.percent(),
                    progress.rowsRead(),
                    progress.recordsWritten(),
                    progress.items(),
                    over ? result : null,
                    over ? problems : List.of());
        }
    }

    /** A job as the page shows it, at one moment. */
    record View(
            String id,
            String token,
            String fileName,
            boolean dryRun,
            boolean done,
            boolean failed,
            int percent,
            long rowsRead,
            long recordsWritten,
            long items,
            ImportResult result,
            List<FieldProblem> problems) {}

    /**
     * Starts {@code work} in the background as the current user; answers the job at once. When too
     * many imports are running or waiting, the problem {@code dataset.busy}.
     */
    Job start(String user, String token, String fileName, boolean dryRun, Function<ImportProgress, ImportResult> work) {
        forgetOld();
        Job job = new Job(user, token, fileName, dryRun);
        Locale locale = LocaleContextHolder.getLocale();
        Runnable run = () -> {
            LocaleContextHolder.setLocale(locale);
            try {
                job.result = work.apply(job.progress);
            } catch (InvalidInputException e) {
                job.problems = e.problems();
            } catch (AccessDeniedException e) {
                job.problems = List.of(new FieldProblem("body", "problem.forbidden"));
            } catch (RuntimeException | Error e) {
                log.error("The import {} of {} stopped on an unexpected error", job.id, user, e);
                job.failed = true;
            } finally {
                job.finishedAt = Instant.now();
                job.progress.finish();
                LocaleContextHolder.resetLocaleContext();
            }
        };
        jobs.put(job.id, job);
        try {
            executor.execute(new DelegatingSecurityContextRunnable(run));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new InvalidInputException("file", "dataset.busy");
        }
        return job;
    }

    /** The job of this id, if it is the user's. */
    Optional<Job> find(String id, String user) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(job -> job.user.equals(user));
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(job -> job.finishedAt != null && job.finishedAt.isBefore(limit));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
