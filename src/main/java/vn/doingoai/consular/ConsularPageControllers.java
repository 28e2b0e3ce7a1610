package vn.doingoai.consular;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.web.PageParts;

/** The consular pages: {@code /consular} and the four lists under it, each {@link BookPages} with its sheet. */
final class ConsularPageControllers {

    private ConsularPageControllers() {}

    /** {@code /consular}: the four kinds of consular record. */
    @Controller
    @RequestMapping("/consular")
    static class Hub {
        @GetMapping
        String index() {
            return "consular/index";
        }
    }

    @Controller
    @RequestMapping("/consular/entry-approvals")
    static class EntryApprovalPages extends BookPages<EntryApprovalData> {
        EntryApprovalPages(EntryApprovals book, PageParts parts) {
            super(book, parts, ConsularColumns.Entries.SHEET);
        }
    }

    @Controller
    @RequestMapping("/consular/citizen-support")
    static class CitizenSupportPages extends BookPages<CitizenSupportData> {
        CitizenSupportPages(CitizenSupports book, PageParts parts) {
            super(book, parts, ConsularColumns.Support.SHEET);
        }
    }

    @Controller
    @RequestMapping("/consular/press-visits")
    static class PressVisitPages extends BookPages<PressVisitData> {
        PressVisitPages(PressVisits book, PageParts parts) {
            super(book, parts, ConsularColumns.Press.SHEET);
        }
    }

    /** Protection cases also show their steps. */
    @Controller
    @RequestMapping("/consular/protection-cases")
    static class ProtectionCasePages extends BookPages<ProtectionCaseData> {
        ProtectionCasePages(ProtectionCases book, PageParts parts) {
            super(book, parts, ConsularColumns.Cases.SHEET);
        }

        @Override
        void addDetails(ProtectionCaseData record, Model model) {
            model.addAttribute("steps", record.steps() == null ? List.of() : record.steps());
        }
    }
}
