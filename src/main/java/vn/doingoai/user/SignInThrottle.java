package vn.doingoai.user;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins slow down the source that fails, never the account: a source is a user name and
 * a client address (an IPv6 address counts by its /64 network, which one client usually holds
 * whole). After {@link #FREE_FAILURES} failures in a row the source must wait before its next try,
 * 1 second and then twice as long after each further failure, at most {@link #MAX_DELAY}; a try
 * made sooner is refused without looking at the password ({@link SignInThrottledException}: the API
 * answers 429 with {@code Retry-After}, at once, so no server thread waits). The same user signing
 * in from anywhere else is not affected. A success from the source clears it; failures with none
 * after them for {@link #FORGET_AFTER} are forgotten.
 *
 * <p>The counts are kept in the database (table {@code sign_in_failure}), so that every instance
 * sharing it slows the same source down: a guesser gains nothing by spreading tries over instances.
 * A sign-in reads one row by its key; only failures write.
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final Duration DELETE_AFTER = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private static final RowMapper<Source> SOURCE = (rs, n) -> new Source(
            rs.getString("username"),
            rs.getString("address"),
            rs.getInt("failures"),
            rs.getObject("first_failed_at", OffsetDateTime.class).toInstant(),
            rs.getObject("last_failed_at", OffsetDateTime.class).toInstant(),
            rs.getObject("blocked_until", OffsetDateTime.class).toInstant());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A source's failures in a row, and until when it must wait. */
    record Source(
            String username,
            String address,
            int failures,
            Instant firstFailedAt,
            Instant lastFailedAt,
            Instant blockedUntil) {

        boolean slowedAt(Instant now) {
            return blockedUntil.isAfter(now);
        }
    }

    /** How long a source waits after its n-th failure in a row: 0, 0, 0, 1 s, 2 s, 4 s, … 1 min. */
    static Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** The recorded failures of a source, if any. */
    Optional<Source> find(String username, String address) {
        return jdbc
                .query(
                        "select * from sign_in_failure where username = ? and address = ?",
                        SOURCE,
                        name(username),
                        source(address))
                .stream()
                .findFirst();
    }

    /** Counts a failure of the source at {@code now}, in a transaction of its own. */
    Source recordFailure(String username, String address, Instant now) {
        String name = name(username);
        String source = source(address);
        Source recorded;
        try {
            recorded = ownTransaction.execute(status -> count(name, source, now));
        } catch (DuplicateKeyException firstFailureOfTwoAtOnce) {
            recorded = ownTransaction.execute(status -> count(name, source, now));
        }
        if (recorded.failures() == FREE_FAILURES + 1 || recorded.failures() % 10 == 0) {
            log.warn(
                    "Sign-in failures: {} in a row for user '{}' from {}; that source now waits {} s between tries",
                    recorded.failures(),
                    printable(name),
                    source,
                    delayAfter(recorded.failures()).toSeconds());
        }
        return recorded;
    }

    private Source count(String name, String source, Instant now) {
        List<Source> found = jdbc.query(
                "select * from sign_in_failure where username = ? and address = ? for update", SOURCE, name, source);
        if (found.isEmpty()) {
            jdbc.update("delete from sign_in_failure where last_failed_at < ?", at(now.minus(DELETE_AFTER)));
            Source first = new Source(name, source, 1, now, now, now.plus(delayAfter(1)));
            jdbc.update(
                    "insert into sign_in_failure (username, address, failures, first_failed_at, last_failed_at,"
                            + " blocked_until) values (?, ?, ?, ?, ?, ?)",
                    name,
                    source,
                    first.failures(),
                    at(now),
                    at(now),
                    at(first.blockedUntil()));
            return first;
        }
        Source before = found.get(0);
        boolean forgotten = before.lastFailedAt().isBefore(now.minus(FORGET_AFTER));
        int failures = forgotten ? 1 : before.failures() + 1;
        Source after = new Source(
                name, source, failures, forgotten ? now : before.firstFailedAt(), now, now.plus(delayAfter(failures)));
        jdbc.update(
                "update sign_in_failure set failures = ?, first_failed_at = ?, last_failed_at = ?, blocked_until = ?"
                        + " where username = ? and address = ?",
                after.failures(),
                at(after.firstFailedAt()),
                at(now),
                at(after.blockedUntil()),
                name,
                source);
        return after;
    }

    /** A successful sign-in from the source clears its failures. */
    void clear(String username, String address) {
        jdbc.update("delete from sign_in_failure where username = ? and address = ?", name(username), source(address));
    }

    /** The sources with failures in the last day, latest first, for the admins' page. */
    List<Source> recent(Instant now) {
        return jdbc.query(
                "select * from sign_in_failure where last_failed_at >= ? order by last_failed_at desc"
                        + " fetch first 500 rows only",
                SOURCE,
                at(now.minus(DELETE_AFTER)));
    }

    /** How many sources must wait now. */
    int slowed(Instant now) {
        Integer count = jdbc.queryForObject(
                "select count(*) from sign_in_failure where blocked_until > ?", Integer.class, at(now));
        return count == null ? 0 : count;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The user name as given (any name counts, known or not), cut to the column's size. */
    static String name(String username) {
        String name = username == null ? "" : username;
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** The client's address; an IPv6 address as its /64 network. */
    static String source(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.trim();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.contains(":") && literal.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+")) {
            try {
                byte[] bytes =
                        InetAddress.getByName(literal.replaceAll("%.*$", "")).getAddress();
                if (bytes.length == 16) {
                    byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
                    return InetAddress.getByAddress(network).getHostAddress() + "/64";
                }
            } catch (UnknownHostException e) {
                // not an address literal: keep the text
            }
        }
        return literal.length() > 64 ? literal.substring(0, 64) : literal;
    }

    /** A user name for the log: no line breaks or other control characters from a stranger. */
    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
