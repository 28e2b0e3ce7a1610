package vn.doingoai.user;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.InvalidInputException;
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

    @PostMapping
    String create(
            @RequestParam String username,
            @RequestParam String password,
            @RequestParam Role role,
            @RequestParam String unit,
            @RequestParam(required = false) String fullName,
            Model model,
            RedirectAttributes redirect) {
        access.checkAdmin();
        UserAccounts.NewUser form = new UserAccounts.NewUser(username, password, role, unit, fullName);
        try {
            accounts.create(form);
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("problems", e.problems());
            return list(model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/users";
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
        model.addAttribute("user", accounts.get(id));
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units.all());
        model.addAttribute("history", history.of("user", id));
        return "user/detail";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @RequestParam Role role,
            @RequestParam String unit,
            @RequestParam(required = false) String fullName,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) String password,
            Model model,
            RedirectAttributes redirect) {
        access.checkAdmin();
        try {
            accounts.update(id, role, unit, fullName, enabled, password);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return detail(id, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/users/" + id;
    }
}
