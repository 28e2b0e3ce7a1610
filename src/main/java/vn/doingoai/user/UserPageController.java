package vn.doingoai.user;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.FormBinding;
import vn.doingoai.history.HistoryService;
import vn.doingoai.unit.Units;

/** The admins' page of users. */
@Controller
@RequestMapping("/users")
class UserPageController {

    private final UserAccounts accounts;
    private final Access access;
    private final Units units;
    private final HistoryService history;
    private final SignInThrottle throttle;

    UserPageController(
            UserAccounts accounts, Access access, Units units, HistoryService history, SignInThrottle throttle) {
        this.accounts = accounts;
        this.access = access;
        this.units = units;
        this.history = history;
        this.throttle = throttle;
    }

    @GetMapping
    String list(Model model) {
        access.checkAdmin();
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units.all());
        model.addAttribute("slowedSources", throttle.slowed(Instant.now()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserAccounts.NewUser("", "", Role.OFFICER, "", ""));
        }
        return "user/list";
    }

    /** A new user, from the form bound as {@link UserAccounts.NewUser}: a refused one comes back as typed, its problems beside the fields. */
    @PostMapping
    String create(
            @ModelAttribute("form") UserAccounts.NewUser form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        access.checkAdmin();
        return FormBinding.save(form, binding, model, () -> accounts.create(form))
                .map(created -> saved(redirect, "/users"))
                .orElseGet(() -> list(model));
    }

    /** The sources (user name and address) that gave wrong passwords lately, and which must wait. */
    @GetMapping("/sign-in-failures")
    String signInFailures(Model model) {
        access.checkAdmin();
        Instant now = Instant.now();
        model.addAttribute(
                "sources",
                throttle.recent(now).stream().map(s -> FailedSource.of(s, now)).toList());
        return "user/sign-in-failures";
    }

    /** A row of the failed sign-ins page, in Vietnam's time; {@code waitUntil} only while it must wait. */
    record FailedSource(
            String username,
            String address,
            int failures,
            LocalDateTime first,
            LocalDateTime last,
            LocalDateTime waitUntil) {

        private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

        static FailedSource of(SignInThrottle.Source s, Instant now) {
            return new FailedSource(
                    s.username(),
                    s.address(),
                    s.failures(),
                    LocalDateTime.ofInstant(s.firstFailedAt(), VIETNAM),
                    LocalDateTime.ofInstant(s.lastFailedAt(), VIETNAM),
                    s.slowedAt(now) ? LocalDateTime.ofInstant(s.blockedUntil(), VIETNAM) : null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        access.checkAdmin();
        UserAccounts.UserView user = accounts.get(id);
        model.addAttribute("user", user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UserChange.of(user));
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units.all());
        model.addAttribute("history", history.of("user", id));
        return "user/detail";
    }

    /** A user's form: an unchecked "enabled" box disables them, a blank password keeps theirs. */
    record UserChange(String fullName, Role role, String unit, Boolean enabled, String password) {
        UserChange {
            enabled = Boolean.TRUE.equals(enabled);
        }

        static UserChange of(UserAccounts.UserView user) {
            return new UserChange(user.fullName(), user.role(), user.unit(), user.enabled(), null);
        }
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @ModelAttribute("form") UserChange form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        access.checkAdmin();
        return FormBinding.save(
                        form,
                        binding,
                        model,
                        () -> accounts.update(
                                id, form.role(), form.unit(), form.fullName(), form.enabled(), form.password()))
                .map(updated -> saved(redirect, "/users/" + id))
                .orElseGet(() -> detail(id, model));
    }

    private static String saved(RedirectAttributes redirect, String path) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path;
    }
}
