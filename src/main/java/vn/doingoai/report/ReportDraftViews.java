package vn.doingoai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.doingoai.unit.UnitNames;

/** Report drafts as the API and the pages show them: a line of a list, or whole with its document. */
@Component
class ReportDraftViews {

    private final ReportDrafts drafts;
    private final ReportDocuments documents;
    private final FrozenFigures frozen;
    private final UnitNames unitNames;

    ReportDraftViews(ReportDrafts drafts, ReportDocuments documents, FrozenFigures frozen, UnitNames unitNames) {
        this.drafts = drafts;
        this.documents = documents;
        this.frozen = frozen;
        this.unitNames = unitNames;
    }

    /** A draft whole: its document, and for an approved report the figures changed since. */
    record Whole(ReportDraftView draft, DocumentModel document) {}

    /** A line of a list: without its sections. */
    ReportDraftView line(ReportDraft d) {
        return view(d, d.issue(), List.of(), List.of());
    }

    Whole whole(ReportDraft d) {
        ReportDocuments.Report report = drafts.report(d);
        DocumentModel document = drafts.model(d, report);
        List<ReportDraftView.SectionText> sections = new ArrayList<>();
        for (ReportBody.Part part : document.body().parts()) {
            for (ReportBody.Chapter chapter : part.chapters()) {
                String heading = chapter.number() == null ? part.heading() : part.heading() + " · " + chapter.heading();
                sections.add(new ReportDraftView.SectionText(
                        chapter.key(), heading, chapter.title(), chapter.fieldId(), chapter.text()));
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<ReportDraftView.FigureChange> changes = d.getStatus() == ReportDraftStatus.APPROVED
                ? frozen.changes(d.getFrozenFigures(), report.summary(), locale)
                : List.of();
        LocalDate day =
                d.issue().issuedOn() == null ? LocalDate.now() : d.issue().issuedOn();
        ReportIssue issue = d.issue().orElse(documents.defaults(report, day));
        return new Whole(view(d, issue, sections, changes), document);
    }

    private ReportDraftView view(
            ReportDraft d,
            ReportIssue issue,
            List<ReportDraftView.SectionText> sections,
            List<ReportDraftView.FigureChange> changes) {
        return new ReportDraftView(
                d.getId(),
                d.getVersion(),
                d.getUnitCode(),
                unitNames.label(d.getUnitCode()),
                d.getPeriodFrom(),
                d.getPeriodTo(),
                d.isIncludeMerged(),
                d.getLanguage(),
                d.getStatus(),
                d.getApproval().number(),
                d.getApproval().date(),
                d.getApproval().by(),
                issue,
                sections,
                changes,
                d.getCreatedBy(),
                d.getUpdatedAt(),
                d.getUpdatedBy());
    }
}
