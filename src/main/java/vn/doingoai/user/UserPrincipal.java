package vn.doingoai.user;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as Spring Security sees it. An account is never locked by failed sign-ins: they
 * slow down the source that fails instead ({@link SignInThrottle}).
 */
record UserPrincipal(String username, String password, Role role, String unitCode, boolean enabled)
        implements UserDetails {

    static UserPrincipal of(AppUser user) {
        return new UserPrincipal(
                user.getUsername(), user.getPasswordHash(), user.getRole(), user.getUnitCode(), user.isEnabled());
    }

    CurrentUser current() {
        return new CurrentUser(username, role, unitCode);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "UserPrincipal[" + username + ", " + role + ", " + unitCode + "]";
    }
}
