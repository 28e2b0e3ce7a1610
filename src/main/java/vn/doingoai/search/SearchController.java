package vn.doingoai.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/** {@code /search?q=} for people and {@code /api/v1/search?q=} for programs. */
@Controller
class SearchController {

    private static final int PER_TYPE = 20;

    private final List<SearchProvider> providers;
    private final Access access;

    SearchController(List<SearchProvider> providers, Access access) {
        this.providers = providers;
        this.access = access;
    }

    List<SearchHit> search(String q) {
        String folded = Text.fold(q);
        if (folded.isEmpty()) {
            return List.of();
        }
        UnitScope scope = access.readable();
        List<SearchHit> hits = new ArrayList<>();
        for (SearchProvider provider : providers) {
            hits.addAll(provider.search(folded, scope, PER_TYPE));
        }
        return hits;
    }

    @GetMapping("/search")
    String page(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", search(q));
        return "search/page";
    }

    @GetMapping("/api/v1/search")
    @ResponseBody
    List<SearchHit> api(@RequestParam(defaultValue = "") String q) {
        return search(q);
    }
}
