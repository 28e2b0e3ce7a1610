package vn.doingoai.news;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.agreement.Agreements;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.delegation.DelegationLookup;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.event.EventLookup;
import vn.doingoai.history.HistoryService;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.Steps;
import vn.doingoai.web.Texts;

/**
 * The news pages: the list, an item's page (its picture, the records it reports, publishing), and the
 * form: the body is HTML typed in a text area, with a preview of what will be kept (the same cleaning
 * as the save) that works without JavaScript.
 */
@Controller
@RequestMapping("/news")
class NewsPageController {

    private final NewsItems news;
    private final NewsWorkflow workflow;
    private final Agreements agreements;
    private final DelegationLookup delegations;
    private final EventLookup events;
    private final DocumentStore documents;
    private final HistoryService history;
    private final Access access;
    private final Units units;
    private final Texts texts;
    private final Forms forms;

    NewsPageController(
            NewsItems news,
            NewsWorkflow workflow,
            Agreements agreements,
            DelegationLookup delegations,
            EventLookup events,
            DocumentStore documents,
            HistoryService history,
            Access access,
            Units units,
            Texts texts,
            Forms forms) {
        this.news = news;
        this.workflow = workflow;
        this.agreements = agreements;
        this.delegations = delegations;
        this.events = events;
        this.documents = documents;
        this.history = history;
        this.access = access;
        this.units = units;
        this.texts = texts;
        this.forms = forms;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("statuses", NewsStatus.values());
        model.addAttribute("languages", NewsData.LANGUAGES);
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") NewsFilter filter,
            @PageableDefault(size = 20, sort = "publishedOn", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", news.list(filter, pageable));
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "news/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") NewsFilter filter, Sort sort) {
        List<List<Object>> rows = new ArrayList<>();
        for (NewsData n : news.listAll(filter, sort.isSorted() ? sort : Sort.by("publishedOn"))) {
            rows.add(List.of(
                    n.ref(),
                    n.unit(),
                    n.language(),
                    n.title(),
                    n.summary() == null ? "" : n.summary(),
                    n.publishedOn() == null ? "" : n.publishedOn(),
                    texts.of("news.status." + n.status())));
        }
        List<String> headers = List.of(
                texts.of("common.ref"),
                texts.of("common.unit"),
                texts.of("news.language"),
                texts.of("news.title"),
                texts.of("news.summary"),
                texts.of("news.publishedOn"),
                texts.of("common.status"));
        return ExcelExport.download("tin-tuc.xlsx", ExcelExport.write(texts.of("nav.news"), headers, rows));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        NewsData item = news.read(id);
        model.addAttribute("item", item);
        model.addAttribute("linked", news.linked(id));
        model.addAttribute("history", history.of("news", id));
        model.addAttribute("canChange", workflow.mayChange(item));
        model.addAttribute("steps", workflow.steps(item));
        model.addAttribute(
                "publicLink",
                item.status() == NewsStatus.PUBLISHED
                        ? units.provinceOf(item.unit())
                                .map(p -> "/p/" + p.getCode() + "/news/" + item.id()
                                        + ("en".equals(item.language()) ? "?lang=en" : ""))
                                .orElse(null)
                        : null);
        return "news/detail";
    }

    /** The picture as the item's page shows it (the item's read right; the public site serves published ones). */
    @GetMapping("/{id}/picture")
    ResponseEntity<byte[]> picture(@PathVariable Long id) throws IOException {
        StoredDocument picture = news.picture(id);
        try (InputStream in = documents.open(picture.path())) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(picture.contentType()))
                    .cacheControl(CacheControl.noCache())
                    .body(in.readAllBytes());
        } catch (java.nio.file.NoSuchFileException gone) {
            throw new NotFoundException("Picture of news " + id);
        }
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", NewsData.draft(access.current().unitCode()));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", news.read(id));
        return form(model);
    }

    private String form(Model model) {
        NewsData form = (NewsData) model.getAttribute("form");
        model.addAttribute("formStatuses", workflow.choices(form));
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        model.addAttribute("allAgreements", agreements.choices());
        model.addAttribute("allDelegations", delegations.choices(access.readable()));
        model.addAttribute("allEvents", events.choices(access.readable()));
        if (form != null && form.body() != null && !form.body().isBlank()) {
            model.addAttribute("preview", NewsBody.clean(form.body()));
        }
        return "news/form";
    }

    /** Saves the form; with {@code preview} shows it again with the body as it would be kept. */
    @PostMapping
    String save(
            @ModelAttribute("form") NewsData form,
            BindingResult binding,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "preview", required = false) String preview,
            Model model,
            RedirectAttributes redirect) {
        if (preview != null) {
            return form(model);
        }
        return forms.save(form, binding, model, d -> write(d, file), () -> news.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/news/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    private NewsData write(NewsData data, MultipartFile file) {
        NewsData saved = data.id() == null ? news.create(data) : news.update(data.id(), data);
        if (file != null && !file.isEmpty()) {
            saved = news.attachPicture(saved.id(), () -> NewsPicture.store(documents, file));
        }
        return saved;
    }

    @PostMapping("/{id}/picture")
    String upload(
            @PathVariable Long id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(
                () -> news.attachPicture(id, () -> NewsPicture.store(documents, file)),
                "/news/" + id,
                () -> detail(id, model),
                model,
                redirect);
    }

    @PostMapping("/{id}/publish")
    String publish(
            @PathVariable Long id,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(() -> news.publish(id, version), "/news/" + id, () -> detail(id, model), model, redirect);
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(
            @PathVariable Long id,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(() -> news.unpublish(id, version), "/news/" + id, () -> detail(id, model), model, redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        news.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/news";
    }
}
