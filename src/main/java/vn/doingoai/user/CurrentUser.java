package vn.doingoai.user;

/** Who is asking: their name, role and unit. */
public record CurrentUser(String username, Role role, String unitCode) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
