package vn.doingoai.user;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.unit.Units;

/**
 * Creating and changing users, and loading them for sign-in. Failed sign-ins never lock an account:
 * {@link SignInThrottle} slows down the source that fails.
 */
@Service
@Transactional
public class UserAccounts {

    /** Passwords shorter than this are refused. */
    static final int MIN_PASSWORD_LENGTH = 6;

    /** BCrypt reads no more than 72 bytes of a password (UTF-8: a Vietnamese letter takes 2–3). */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final Units units;

    UserAccounts(UserRepository users, PasswordEncoder encoder, Units units) {
        this.users = users;
        this.encoder = encoder;
        this.units = units;
    }

    /** A user as Spring Security signs them in ({@link ThrottledSignIn}). */
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(UserPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public UserView create(NewUser input) {
        checkNew(input, true);
        return save(input, encoder.encode(input.password()));
    }

    /** Creates a user whose password was hashed already (the first admin hashes before it locks). */
    UserView createHashed(NewUser input, String passwordHash) {
        checkNew(input, false);
        return save(input, passwordHash);
    }

    private UserView save(NewUser input, String passwordHash) {
        AppUser user = new AppUser(input.username(), passwordHash, input.role(), input.unit());
        user.setFullName(input.fullName());
        return UserView.of(users.save(user));
    }

    private void checkNew(NewUser input, boolean withPassword) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.username() == null || !input.username().matches("[A-Za-z0-9._@\\-]{3,100}")) {
            problems.add(new FieldProblem("username", "user.username.invalid"));
        } else if (users.existsByUsername(input.username())) {
            problems.add(new FieldProblem("username", "user.username.taken"));
        }
        if (withPassword) {
            passwordProblem(input.password()).ifPresent(key -> problems.add(new FieldProblem("password", key)));
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
    }

    /** What is wrong with a new password, as a message key: too short, or too long for BCrypt. */
    static java.util.Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return java.util.Optional.of("user.password.short");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return java.util.Optional.of("user.password.long");
        }
        return java.util.Optional.empty();
    }

    public UserView update(Long id, Role role, String unit, String fullName, Boolean enabled, String newPassword) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
        if (unit != null && !units.exists(unit)) {
            throw new InvalidInputException("unit", "validation.unit.unknown");
        }
        if (newPassword != null && !newPassword.isEmpty()) {
            String problem = passwordProblem(newPassword).orElse(null);
            if (problem != null) {
                throw new InvalidInputException("password", problem);
            }
            user.setPasswordHash(encoder.encode(newPassword));
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

    /** What a new user needs: {@code {"username", "password", "role", "unit"}}. */
    public record NewUser(String username, String password, Role role, String unit, String fullName) {}

    /** A user as the API and the pages show them; never the password. */
    public record UserView(
            Long id, Long version, String username, String fullName, Role role, String unit, boolean enabled) {
        static UserView of(AppUser u) {
            return new UserView(
                    u.getId(),
                    u.getVersion(),
                    u.getUsername(),
                    u.getFullName(),
                    u.getRole(),
                    u.getUnitCode(),
                    u.isEnabled());
        }
    }
}
