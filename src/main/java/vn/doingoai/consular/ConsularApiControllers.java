package vn.doingoai.consular;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** The four consular API resources of the contract, newest first. */
final class ConsularApiControllers {

    private ConsularApiControllers() {}

    @RestController
    @RequestMapping("/api/v1/entry-approvals")
    static class EntryApprovalApi extends RecordApi<EntryApprovalData, ConsularFilter> {
        EntryApprovalApi(EntryApprovals book) {
            super(book, book.defaultSort());
        }
    }

    @RestController
    @RequestMapping("/api/v1/citizen-support")
    static class CitizenSupportApi extends RecordApi<CitizenSupportData, ConsularFilter> {
        CitizenSupportApi(CitizenSupports book) {
            super(book, book.defaultSort());
        }
    }

    @RestController
    @RequestMapping("/api/v1/press-visits")
    static class PressVisitApi extends RecordApi<PressVisitData, ConsularFilter> {
        PressVisitApi(PressVisits book) {
            super(book, book.defaultSort());
        }
    }

    @RestController
    @RequestMapping("/api/v1/protection-cases")
    static class ProtectionCaseApi extends RecordApi<ProtectionCaseData, ConsularFilter> {
        ProtectionCaseApi(ProtectionCases book) {
            super(book, book.defaultSort());
        }
    }
}
