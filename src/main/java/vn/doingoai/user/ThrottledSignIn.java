package vn.doingoai.user;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way users sign in, by the login form and by HTTP Basic alike: the password check of
 * Spring Security ({@link DaoAuthenticationProvider}), with {@link SignInThrottle} in front. A
 * source that must wait is refused before its password is even looked at; a wrong password counts
 * against its source; a success clears it. Being the only {@link AuthenticationProvider} bean, it
 * is what Spring Security's authentication manager uses.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(UserAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Instant now = Instant.now();
        SignInThrottle.Source source = throttle.find(username, address).orElse(null);
        if (source != null && source.slowedAt(now)) {
            throw new SignInThrottledException(Duration.between(now, source.blockedUntil()));
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            if (source != null) {
                throttle.clear(username, address);
            }
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.recordFailure(username, address, Instant.now());
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
