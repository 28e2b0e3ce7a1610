package vn.doingoai.border;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.partner.PartnerKind;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;

/** The friendship pairs' pages: the list, a pair's page, the form. */
@Controller
@RequestMapping("/friendship-pairs")
class FriendshipPairPageController {

    private final FriendshipPairs pairs;
    private final Partners partners;
    private final BorderUnits borderUnits;
    private final HistoryPage history;
    private final Access access;
    private final Forms forms;
    private final ListPages listPages;

    FriendshipPairPageController(
            FriendshipPairs pairs,
            Partners partners,
            BorderUnits borderUnits,
            HistoryPage history,
            Access access,
            Forms forms,
            ListPages listPages) {
        this.pairs = pairs;
        this.partners = partners;
        this.borderUnits = borderUnits;
        this.history = history;
        this.access = access;
        this.forms = forms;
        this.listPages = listPages;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") FriendshipPairFilter filter,
            @PageableDefault(size = 20, sort = "establishedOn", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, BorderColumns.PAIRS, pairs.list(filter, pageable), borderUnits.canWriteAny());
        model.addAttribute("localities", localities());
        model.addAttribute("canWrite", borderUnits.canWriteAny());
        return Htmx.view(request, "border/pairs", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") FriendshipPairFilter filter, Sort sort) {
        return listPages.excel(
                BorderColumns.PAIRS, pairs.listAll(filter, sort.isSorted() ? sort : Sort.by("establishedOn")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        FriendshipPairs.View pair = pairs.read(id);
        model.addAttribute("pair", pair);
        model.addAttribute("activeToday", pair.data().activeOn(java.time.LocalDate.now()));
        model.addAttribute("history", history.of("friendshipPair", id, "border.pair"));
        model.addAttribute("canWrite", access.canWrite(pair.data().unit()));
        return "border/pair";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute(
                "form",
                new FriendshipPairData(null, null, null, access.current().unitCode(), null, null, null, null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", pairs.read(id).data());
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("units", borderUnits.writable());
        model.addAttribute("localities", localities());
        return "border/pair-form";
    }

    /** The foreign localities, the only partners a pair may have. */
    private List<PartnerRef> localities() {
        return partners.choices().stream()
                .filter(p -> p.kind() == PartnerKind.FOREIGN_LOCALITY)
                .toList();
    }

    @PostMapping
    String save(
            @ModelAttribute("form") FriendshipPairData form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                        form,
                        binding,
                        model,
                        d -> d.id() == null ? pairs.create(d) : pairs.update(d.id(), d),
                        () -> pairs.read(form.id()).data())
                .map(saved -> Forms.saved(redirect, "/friendship-pairs/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        pairs.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/friendship-pairs";
    }
}
