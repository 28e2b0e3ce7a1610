package vn.doingoai.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.doingoai.common.RecordEntity;

/** A user of the system, bound to one unit. */
@Entity
@Table(name = "app_user")
class AppUser extends RecordEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "full_name", length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    private boolean enabled = true;

    protected AppUser() {}

    AppUser(String username, String passwordHash, Role role, String unitCode) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        setUnitCode(unitCode);
        setRef(username);
    }

    @Override
    public String historyType() {
        return "user";
    }

    @Override
    public Object historySnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("username", username);
        snapshot.put("fullName", fullName);
        snapshot.put("role", role);
        snapshot.put("unit", getUnitCode());
        snapshot.put("enabled", enabled);
        return snapshot;
    }

    @Override
    protected String searchableText() {
        return username + " " + (fullName == null ? "" : fullName);
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
