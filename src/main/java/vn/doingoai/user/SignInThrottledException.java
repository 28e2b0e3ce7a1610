package vn.doingoai.user;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password, because its source (user name and client
 * address) failed too often just before: it may try again after {@link #retryAfterSeconds()}.
 */
public class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins from this source; try again later");
        this.retryAfterSeconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    /** Whole seconds to wait, at least 1: the value of the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
