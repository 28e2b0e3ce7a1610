package vn.doingoai.news;

import java.io.IOException;
import java.io.InputStream;
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
import vn.doingoai.common.NotFoundException;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/**
 * The news pages: the list, an item's page (its picture, the records it reports, publishing), and the
 * form: the body is HTML typed in a text area, with a preview of what will be kept (the same cleaning
 * as the save) that works without JavaScript.
 */
@Controller
@RequestMapping("/news")
class NewsPageController extends RecordFormPages<NewsData, NewsFilter, NewsData> {

    private final NewsBook news;
    private final NewsWorkflow workflow;
    private final NewsLinks links;
    private final DocumentStore documents;

    NewsPageController(
            NewsBook news, NewsWorkflow workflow, NewsLinks links, DocumentStore documents, PageParts parts) {
        super(parts, news, RecordList.of(NewsColumns.LIST, news), PageType.of("news"));
        this.news = news;
        this.workflow = workflow;
        this.links = links;
        this.documents = documents;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("statuses", NewsStatus.values());
        model.addAttribute("languages", NewsData.LANGUAGES);
    }

    @Override
    protected void details(Long id, Model model) {
        NewsData item = news.read(id);
        model.addAttribute("item", item);
        model.addAttribute("linked", news.linked(id));
        model.addAttribute("canChange", workflow.mayChange(item));
        model.addAttribute("steps", workflow.steps(item));
        model.addAttribute(
                "publicLink",
                item.status() == NewsStatus.PUBLISHED
                        ? parts.units()
                                .provinceOf(item.unit())
                                .map(p -> "/p/" + p.getCode() + "/news/" + item.id()
                                        + ("en".equals(item.language()) ? "?lang=en" : ""))
                                .orElse(null)
                        : null);
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

    @Override
    protected NewsData blank() {
        return NewsData.draft(parts.access().current().unitCode());
    }

    /** The statuses the user may choose, what an item may report, and the body as it would be kept. */
    @Override
    protected void formModel(Model model) {
        NewsData form = (NewsData) model.getAttribute("form");
        model.addAttribute("formStatuses", workflow.choices(form));
        NewsLinks.Choices choices = links.choices();
        model.addAttribute("allAgreements", choices.agreements());
        model.addAttribute("allDelegations", choices.delegations());
        model.addAttribute("allEvents", choices.events());
        if (form != null && form.body() != null && !form.body().isBlank()) {
            model.addAttribute("preview", NewsBody.clean(form.body()));
        }
    }

    /** The form posted with {@code preview}: shown again with the body as it would be kept, nothing saved. */
    @PostMapping(params = "preview")
    String preview(@ModelAttribute("form") NewsData form, BindingResult binding, Model model) {
        return formPage(model);
    }

    /** The item, then the picture posted with it. */
    @Override
    protected NewsData write(NewsData data, MultipartFile file) {
        NewsData saved = super.write(data, file);
        if (file != null && !file.isEmpty()) {
            saved = news.attachPicture(saved.id(), file);
        }
        return saved;
    }

    @PostMapping("/{id}/picture")
    String upload(
            @PathVariable Long id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return step(id, () -> news.attachPicture(id, file), model, redirect);
    }

    @PostMapping("/{id}/publish")
    String publish(
            @PathVariable Long id,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return step(id, () -> news.publish(id, version), model, redirect);
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(
            @PathVariable Long id,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return step(id, () -> news.unpublish(id, version), model, redirect);
    }
}
