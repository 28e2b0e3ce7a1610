package vn.doingoai.report;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The numbers of a unit's reports in a year (1, 2, 3…), given at approval. The next number is taken
 * by updating the unit's row for the year in the approval's own transaction: the row stays locked
 * until that transaction ends, so concurrent approvals take the numbers one after the other, and an
 * approval that fails gives its number back (no gap). The row is made, once, in a transaction of
 * its own, so that two first approvals of a year racing to make it do not fail. Within one instance
 * the approvals of a unit and year also queue on a lock of their own ({@link #serially}), so that none
 * waits on the database's row lock while another makes its documents (H2 gives up such a wait after
 * a few seconds).
 */
@Component
class ReportNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;

    ReportNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private final java.util.Map<String, java.util.concurrent.locks.ReentrantLock> locks =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Runs an approval of {@code unit} in {@code year} (its whole transaction) after the others of this instance. */
    <T> T serially(String unit, int year, java.util.function.Supplier<T> approval) {
        java.util.concurrent.locks.ReentrantLock lock =
                locks.computeIfAbsent(unit + "/" + year, k -> new java.util.concurrent.locks.ReentrantLock());
        lock.lock();
        try {
            return approval.get();
        } finally {
            lock.unlock();
        }
    }

    /** The next number of {@code unit} in {@code year}; call it inside the approval's transaction. */
    int next(String unit, int year) {
        if (increment(unit, year) == 0) {
            try {
                separately.executeWithoutResult(status -> jdbc.update(
                        "insert into report_number (unit_code, number_year, last_number) values (?, ?, 0)",
                        unit,
                        year));
            } catch (DataIntegrityViolationException alreadyMade) {
                // another approval made the row first: take the next number from it
            }
            increment(unit, year);
        }
        Integer n = jdbc.queryForObject(
                "select last_number from report_number where unit_code = ? and number_year = ?",
                Integer.class,
                unit,
                year);
        return n == null ? 1 : n;
    }

    private int increment(String unit, int year) {
        return jdbc.update(
                "update report_number set last_number = last_number + 1 where unit_code = ? and number_year = ?",
                unit,
                year);
    }
}
