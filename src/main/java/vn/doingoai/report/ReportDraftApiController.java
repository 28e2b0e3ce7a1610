package vn.doingoai.report;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.common.PageResponse;

/**
 * The drafts of the periodic report for programs: list, make, edit (with the version read), send,
 * approve or return, and download ({@code .docx}, {@code .pdf}: an approved report's files are the
 * ones made when it was approved).
 */
@RestController
@RequestMapping("/api/v1/reports/drafts")
class ReportDraftApiController {

    private final ReportDrafts drafts;
    private final ReportDraftViews views;

    ReportDraftApiController(ReportDrafts drafts, ReportDraftViews views) {
        this.drafts = drafts;
        this.views = views;
    }

    /** The version a step was read at (optional: a step without it takes the draft as it is). */
    record Step(Long version) {}

    @GetMapping
    PageResponse<ReportDraftView> list(@RequestParam(required = false) String unit) {
        List<ReportDraftView> items =
                drafts.list(unit).stream().map(views::line).toList();
        return new PageResponse<>(items, 0, items.size(), items.size());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReportDraftView create(@Valid @RequestBody ReportDraftData data) {
        return views.whole(drafts.create(data)).draft();
    }

    @GetMapping("/{id}")
    ReportDraftView get(@PathVariable long id) {
        return views.whole(drafts.find(id)).draft();
    }

    @PutMapping("/{id}")
    ReportDraftView update(@PathVariable long id, @Valid @RequestBody ReportDraftData data) {
        return views.whole(drafts.update(id, data)).draft();
    }

    @PostMapping("/{id}/submit")
    ReportDraftView submit(@PathVariable long id, @RequestBody(required = false) Step step) {
        return views.whole(drafts.submit(id, step == null ? null : step.version()))
                .draft();
    }

    @PostMapping("/{id}/approve")
    ReportDraftView approve(@PathVariable long id, @RequestBody(required = false) Step step) {
        return views.whole(drafts.approve(id, step == null ? null : step.version()))
                .draft();
    }

    @PostMapping("/{id}/return")
    ReportDraftView giveBack(@PathVariable long id, @RequestBody(required = false) Step step) {
        return views.whole(drafts.giveBack(id, step == null ? null : step.version()))
                .draft();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        drafts.delete(id, version);
    }

    @GetMapping("/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return drafts.file(id, "docx");
    }

    @GetMapping("/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return drafts.file(id, "pdf");
    }
}
