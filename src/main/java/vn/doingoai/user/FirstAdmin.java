package vn.doingoai.user;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doingoai.unit.Units;

/**
 * On the first start, with no user at all, creates {@code admin} of unit VN. The password comes
 * from {@code DOINGOAI_ADMIN_PASSWORD}; without it a random one is made and printed once.
 *
 * <p>It runs once every bean exists and before the web server opens its port (a {@link
 * SmartInitializingSingleton}, not an application runner), so the first request the server takes
 * can sign in as admin. Instances started at the same moment on one empty database create one admin
 * between them: each takes a row lock (on unit VN) before it looks for users, so the second waits
 * for the first and then finds its admin. A lost race that still ends in the unique user name is
 * taken the same way.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;

    FirstAdmin(
            UserAccounts accounts,
            PasswordEncoder encoder,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Environment environment) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!accounts.none()) {
            return;
        }
        String password = environment.getProperty("DOINGOAI_ADMIN_PASSWORD");
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = randomPassword();
        } else if (UserAccounts.passwordProblem(password).isPresent()) {
            throw new IllegalStateException("DOINGOAI_ADMIN_PASSWORD must have 6 characters to 72 bytes");
        }
        if (!createIfNone(encoder.encode(password))) {
            return;
        }
        if (generated) {
            String banner = "=".repeat(64);
            log.warn(
                    "\n{}\n  First start: user 'admin' created with the password  {}\n"
                            + "  It is shown only this once. Change it under Quản trị > Người dùng.\n{}",
                    banner,
                    password,
                    banner);
        } else {
            log.info("First start: user 'admin' created with the password from DOINGOAI_ADMIN_PASSWORD");
        }
    }

    /**
     * Creates the admin with this password hash if there is no user yet; false when there is one
     * (another instance may have created it a moment ago). Never throws for a lost race.
     */
    boolean createIfNone(String passwordHash) {
        try {
            Boolean created = transaction.execute(status -> {
                jdbc.queryForList("select code from org_unit where code = ? for update", String.class, Units.COUNTRY);
                if (!accounts.none()) {
                    return false;
                }
                accounts.createHashed(
                        new UserAccounts.NewUser(USERNAME, "-", Role.ADMIN, Units.COUNTRY, "Quản trị hệ thống"),
                        passwordHash);
                return true;
            });
            return Boolean.TRUE.equals(created);
        } catch (DataIntegrityViolationException anotherInstanceWasFaster) {
            log.info("First start: another instance created user 'admin' at the same moment");
            return false;
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
