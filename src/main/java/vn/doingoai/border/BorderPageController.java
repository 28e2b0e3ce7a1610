package vn.doingoai.border;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doingoai.user.Access;

/** {@code /border}: the gates of the user's units (or of a unit) and their state today, and the ways to the lists. */
@Controller
@RequestMapping("/border")
class BorderPageController {

    private final BorderGates gates;
    private final BorderUnits borderUnits;
    private final Access access;

    BorderPageController(BorderGates gates, BorderUnits borderUnits, Access access) {
        this.gates = gates;
        this.borderUnits = borderUnits;
        this.access = access;
    }

    /** A gate's state on a day: open, or closed by a closure (since its first day, for its reason). */
    record GateState(BorderGateData gate, BorderClosure closure) {

        public boolean open() {
            return closure == null;
        }
    }

    @GetMapping
    String overview(@RequestParam(required = false) String unit, Model model) {
        LocalDate today = LocalDate.now();
        List<GateState> states = gates.inScope(access.scope(unit, true)).stream()
                .map(g -> new GateState(g, g.closureOn(today).orElse(null)))
                .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("today", today);
        model.addAttribute("states", states);
        model.addAttribute("openCount", states.stream().filter(GateState::open).count());
        model.addAttribute("canWrite", borderUnits.canWriteAny());
        return "border/overview";
    }
}
