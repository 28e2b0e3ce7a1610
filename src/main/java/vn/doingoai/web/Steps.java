package vn.doingoai.web;

import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.InvalidInputException;

/** A workflow step posted from a record's page: approve, reject, done, cancel, terminate. */
public final class Steps {

    private Steps() {}

    /**
     * Takes the step; then back to the record's page at {@code location} saying it was saved, or on
     * invalid input the page again (as {@code page} renders it) with the problems beside the step's
     * fields.
     */
    public static String take(
            Runnable step, String location, Supplier<String> page, Model model, RedirectAttributes redirect) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return page.get();
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + location;
    }
}
