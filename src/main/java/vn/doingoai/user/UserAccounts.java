package vn.doingoai.user;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.unit.Units;

/** Creating and changing users, loading them for login, and slowing down password guessing. */
@Service
@Transactional
public class UserAccounts implements UserDetailsService {

    /** After this many failed logins in a row the account is locked for {@link #LOCK_TIME}. */
    static final int MAX_FAILED_LOGINS = 5;

    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final Units units;

    UserAccounts(UserRepository users, PasswordEncoder encoder, Units units) {
        this.users = users;
        this.encoder = encoder;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(UserPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public UserView create(NewUser input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.username() == null || !input.username().matches("[A-Za-z0-9._@\\-]{3,100}")) {
            problems.add(new FieldProblem("username", "user.username.invalid"));
        } else if (users.existsByUsername(input.username())) {
            problems.add(new FieldProblem("username", "user.username.taken"));
        }
        if (input.password() == null || input.password().length() < 6) {
            problems.add(new FieldProblem("password", "user.password.short"));
        }
        if (input.role() == null) {
            problems.add(new FieldProblem("role", "validation.required"));
        }
        if (!units.exists(input.unit())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AppUser user = new AppUser(input.username(), encoder.encode(input.password()), input.role(), input.unit());
        user.setFullName(input.fullName());
        return UserView.of(users.save(user));
    }

    public UserView update(Long id, Role role, String unit, String fullName, Boolean enabled, String newPassword) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
        if (unit != null && !units.exists(unit)) {
            throw new InvalidInputException("unit", "validation.unit.unknown");
        }
        if (newPassword != null && !newPassword.isEmpty()) {
            if (newPassword.length() < 6) {
                throw new InvalidInputException("password", "user.password.short");
            }
            user.setPasswordHash(encoder.encode(newPassword));
            user.setLockedUntil(null);
            user.setFailedLogins(0);
        }
        if (role != null) {
            user.setRole(role);
        }
        if (unit != null) {
            user.setUnitCode(unit);
        }
        if (fullName != null) {
            user.setFullName(fullName);
        }
        if (enabled != null) {
            user.setEnabled(enabled);
        }
        return UserView.of(user);
    }

    @Transactional(readOnly = true)
    public List<UserView> all() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(UserView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public UserView get(Long id) {
        return users.findById(id).map(UserView::of).orElseThrow(() -> new NotFoundException("User " + id));
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return users.count() == 0;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            user.setFailedLogins(user.getFailedLogins() + 1);
            if (user.getFailedLogins() >= MAX_FAILED_LOGINS) {
                user.setLockedUntil(Instant.now().plus(LOCK_TIME));
                user.setFailedLogins(0);
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            if (user.getFailedLogins() != 0 || user.getLockedUntil() != null) {
                user.setFailedLogins(0);
                user.setLockedUntil(null);
            }
        });
    }

    /** What a new user needs: {@code {"username", "password", "role", "unit"}}. */
    public record NewUser(String username, String password, Role role, String unit, String fullName) {}

    /** A user as the API and the pages show them; never the password. */
    public record UserView(
            Long id,
            Long version,
            String username,
            String fullName,
            Role role,
            String unit,
            boolean enabled,
            boolean locked) {
        static UserView of(AppUser u) {
            return new UserView(
                    u.getId(),
                    u.getVersion(),
                    u.getUsername(),
                    u.getFullName(),
                    u.getRole(),
                    u.getUnitCode(),
                    u.isEnabled(),
                    u.getLockedUntil() != null && u.getLockedUntil().isAfter(Instant.now()));
        }
    }
}
