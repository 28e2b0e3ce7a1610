package vn.doingoai.rate;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.Texts;

/** The exchange-rate pages: the rates by currency, newest first, and the form with the rate's history. */
@Controller
@RequestMapping("/exchange-rates")
class ExchangeRatePageController {

    private final ExchangeRates rates;
    private final HistoryPage history;
    private final Texts texts;
    private final Forms forms;

    ExchangeRatePageController(ExchangeRates rates, HistoryPage history, Texts texts, Forms forms) {
        this.forms = forms;
        this.rates = rates;
        this.history = history;
        this.texts = texts;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String currency,
            @PageableDefault(size = 50) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("currency", currency);
        model.addAttribute("page", rates.list(new ExchangeRateFilter(currency), pageable));
        model.addAttribute("canWrite", rates.canWrite());
        return Htmx.view(request, "rate/rates", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String currency) {
        List<List<Object>> rows = new ArrayList<>();
        for (ExchangeRateData r : rates.listAll(new ExchangeRateFilter(currency), Sort.unsorted())) {
            rows.add(List.of(r.currency(), r.from(), r.perUsd()));
        }
        List<String> headers = List.of(texts.of("money.currency"), texts.of("rate.from"), texts.of("rate.perUsd"));
        return ExcelExport.download("ty-gia.xlsx", ExcelExport.write(texts.of("nav.exchangeRates"), headers, rows));
    }

    @GetMapping("/new")
    String create(Model model) {
        if (!rates.canWrite()) {
            throw new AccessDeniedException("Exchange rates are kept by national admins");
        }
        model.addAttribute("form", new ExchangeRateData(null, null, "VND", null, null));
        model.addAttribute("history", List.of());
        model.addAttribute("canWrite", true);
        return "rate/rate-form";
    }

    /** A rate with its history; its form only for those who may change it. */
    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", rates.read(id));
        model.addAttribute("history", history.of("exchangeRate", id));
        model.addAttribute("canWrite", rates.canWrite());
        return "rate/rate-form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") ExchangeRateData form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                        form,
                        binding,
                        model,
                        d -> d.id() == null ? rates.create(d) : rates.update(d.id(), d),
                        () -> rates.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/exchange-rates?currency=" + saved.currency()))
                .orElseGet(() -> {
                    model.addAttribute("canWrite", true);
                    model.addAttribute(
                            "history", form.id() == null ? List.of() : history.of("exchangeRate", form.id()));
                    return "rate/rate-form";
                });
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        rates.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/exchange-rates";
    }
}
