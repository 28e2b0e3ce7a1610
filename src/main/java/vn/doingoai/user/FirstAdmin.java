package vn.doingoai.user;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start, with no user at all, creates {@code admin} of unit VN. The password comes
 * from {@code DOINGOAI_ADMIN_PASSWORD}; without it a random one is made and printed once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts accounts;
    private final Environment environment;

    FirstAdmin(UserAccounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        String password = environment.getProperty("DOINGOAI_ADMIN_PASSWORD");
        boolean generated = password == null || password.isBlank();
        if (generated) {
            SecureRandom random = new SecureRandom();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            password = sb.toString();
        }
        accounts.create(new UserAccounts.NewUser("admin", password, Role.ADMIN, "VN", "Quản trị hệ thống"));
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
}
