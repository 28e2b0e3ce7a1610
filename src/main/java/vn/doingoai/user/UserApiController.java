package vn.doingoai.user;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: admins only. */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

    private final UserAccounts accounts;
    private final Access access;

    UserApiController(UserAccounts accounts, Access access) {
        this.accounts = accounts;
        this.access = access;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserAccounts.UserView create(@RequestBody UserAccounts.NewUser input) {
        access.checkAdmin();
        return accounts.create(input);
    }

    @GetMapping
    List<UserAccounts.UserView> list() {
        access.checkAdmin();
        return accounts.all();
    }

    @GetMapping("/{id}")
    UserAccounts.UserView get(@PathVariable Long id) {
        access.checkAdmin();
        return accounts.get(id);
    }

    @PutMapping("/{id}")
    UserAccounts.UserView update(@PathVariable Long id, @RequestBody Change change) {
        access.checkAdmin();
        return accounts.update(
                id, change.role(), change.unit(), change.fullName(), change.enabled(), change.password());
    }

    /** The fields an admin may change; absent ones stay as they are. */
    record Change(Role role, String unit, String fullName, Boolean enabled, String password) {}

    /** Who am I: useful for clients checking their credentials. */
    @RestController
    @RequestMapping("/api/v1/me")
    static class Me {
        private final Access access;

        Me(Access access) {
            this.access = access;
        }

        @GetMapping
        CurrentUser me() {
            return access.current();
        }
    }
}
