package vn.doingoai.consular;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The four consular API resources of the contract. */
final class ConsularApiControllers {

    private ConsularApiControllers() {}

    @RestController
    @RequestMapping("/api/v1/entry-approvals")
    static class EntryApprovalApi extends BookApi<EntryApprovalData> {
        EntryApprovalApi(EntryApprovals book) {
            super(book);
        }
    }

    @RestController
    @RequestMapping("/api/v1/citizen-support")
    static class CitizenSupportApi extends BookApi<CitizenSupportData> {
        CitizenSupportApi(CitizenSupports book) {
            super(book);
        }
    }

    @RestController
    @RequestMapping("/api/v1/press-visits")
    static class PressVisitApi extends BookApi<PressVisitData> {
        PressVisitApi(PressVisits book) {
            super(book);
        }
    }

    @RestController
    @RequestMapping("/api/v1/protection-cases")
    static class ProtectionCaseApi extends BookApi<ProtectionCaseData> {
        ProtectionCaseApi(ProtectionCases book) {
            super(book);
        }
    }
}
