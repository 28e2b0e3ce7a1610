package vn.doingoai.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.DateInput;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.user.Access;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Steps;

/**
 * The pages of report drafts: a unit's drafts and approved reports, a draft's page (its texts and
 * issue to edit, the steps of its approval, the document as it would be issued), and an approved
 * report's page (as signed, with the figures that have changed since).
 */
@Controller
class ReportDraftPageController {

    private final ReportDrafts drafts;
    private final ReportDraftViews views;
    private final ReportDraftWorkflow workflow;
    private final Access access;
    private final HistoryPage history;

    ReportDraftPageController(
            ReportDrafts drafts,
            ReportDraftViews views,
            ReportDraftWorkflow workflow,
            Access access,
            HistoryPage history) {
        this.drafts = drafts;
        this.views = views;
        this.workflow = workflow;
        this.access = access;
        this.history = history;
    }

    @GetMapping("/reports/drafts")
    String list(@RequestParam(required = false) String unit, Model model) {
        String code = unit == null || unit.isBlank() ? access.current().unitCode() : unit.trim();
        model.addAttribute("unit", code);
        model.addAttribute("drafts", drafts.list(code).stream().map(views::line).toList());
        return "report/drafts";
    }

    /** A draft made from the report page's composer: its period, language and the texts as edited. */
    @PostMapping("/reports/drafts")
    String create(
            SummaryParams summary,
            @RequestParam(required = false) String language,
            @RequestParam Map<String, String> params) {
        ReportDraft draft = drafts.create(new ReportDraftData(
                null,
                summary.unit(),
                date("from", summary.from()),
                date("to", summary.to()),
                summary.includeMerged(),
                language,
                ReportPageController.texts(params),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        return "redirect:/reports/drafts/" + draft.getId();
    }

    @GetMapping("/reports/drafts/{id}")
    String page(@PathVariable long id, Model model) {
        return show(drafts.find(id), model);
    }

    @PostMapping("/reports/drafts/{id}")
    String save(
            @PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ReportDraft draft = drafts.find(id);
        return Steps.take(
                () -> drafts.update(id, data(draft, params)),
                "/reports/drafts/" + id,
                () -> {
                    model.addAttribute("typed", params);
                    return show(draft, model);
                },
                model,
                redirect);
    }

    @PostMapping("/reports/drafts/{id}/{step}")
    String step(
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        Runnable action =
                switch (step) {
                    case "submit" -> () -> drafts.submit(id, version);
                    case "approve" -> () -> drafts.approve(id, version);
                    case "return" -> () -> drafts.giveBack(id, version);
                    case "delete" -> () -> drafts.delete(id, version);
                    default -> throw new vn.doingoai.common.NotFoundException("Step " + step);
                };
        ReportDraft draft = drafts.find(id);
        String location =
                "delete".equals(step) ? "/reports/drafts?unit=" + draft.getUnitCode() : "/reports/drafts/" + id;
        return Steps.take(action, location, () -> show(draft, model), model, redirect);
    }

    private String show(ReportDraft draft, Model model) {
        ReportDraftViews.Whole whole = views.whole(draft);
        model.addAttribute("draft", whole.draft());
        model.addAttribute("document", whole.document());
        model.addAttribute("steps", workflow.steps(draft));
        model.addAttribute(
                "canEdit", draft.getStatus() == ReportDraftStatus.DRAFT && access.canWrite(draft.getUnitCode()));
        model.addAttribute("history", history.of("report-draft", draft.getId()));
        return "report/draft";
    }

    /** What the draft's form sends: the version read, the fields and the texts. */
    private static ReportDraftData data(ReportDraft draft, Map<String, String> params) {
        Long version;
        try {
            version = Long.valueOf(params.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            version = null;
        }
        String recipients = params.get("recipients");
        List<String> lines = recipients == null
                ? List.of()
                : Arrays.stream(recipients.split("\\r?\\n"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return new ReportDraftData(
                version,
                draft.getUnitCode(),
                null,
                null,
                null,
                null,
                ReportPageController.texts(params),
                params.get("issuerAbove"),
                params.get("issuer"),
                params.get("symbol"),
                params.get("place"),
                date("issuedOn", params.get("issuedOn")),
                params.get("subject"),
                lines,
                params.get("signerTitle"),
                params.get("signerName"));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DateInput.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, DateInput.UNREADABLE);
        }
    }
}
