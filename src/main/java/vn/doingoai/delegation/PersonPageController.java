package vn.doingoai.delegation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doingoai.web.Htmx;

/** The people of the delegations: who went or came, how often, and a person's trips. */
@Controller
@RequestMapping("/delegations/people")
class PersonPageController {

    private final Persons persons;

    PersonPageController(Persons persons) {
        this.persons = persons;
    }

    @GetMapping
    String people(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("query", q);
        model.addAttribute("unit", unit);
        model.addAttribute("page", persons.people(q, unit, PageRequest.of(Math.max(page, 0), 50)));
        return Htmx.view(request, "delegation/people", "results");
    }

    @GetMapping("/{id}")
    String person(@PathVariable Long id, Model model) {
        model.addAttribute("person", persons.person(id));
        return "delegation/person";
    }
}
