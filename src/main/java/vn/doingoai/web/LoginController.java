package vn.doingoai.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** The login form; {@code ?throttled=N} after a sign-in refused because its source must wait N seconds. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null && throttled.matches("\\d{1,6}")) {
            model.addAttribute("waitSeconds", Long.parseLong(throttled));
        }
        return "login";
    }
}
