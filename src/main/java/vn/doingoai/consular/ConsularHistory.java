package vn.doingoai.consular;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of the four consular books ({@code /api/v1/entry-approvals/{id}/history}, ...) is read with their unit's read right. */
final class ConsularHistory {

    private ConsularHistory() {}

    @Component
    static class EntryApprovalHistory extends HistoryReadRight {
        EntryApprovalHistory(Access access) {
            super("entry-approvals", "entryApproval", access::checkRead);
        }
    }

    @Component
    static class CitizenSupportHistory extends HistoryReadRight {
        CitizenSupportHistory(Access access) {
            super("citizen-support", "citizenSupport", access::checkRead);
        }
    }

    @Component
    static class PressVisitHistory extends HistoryReadRight {
        PressVisitHistory(Access access) {
            super("press-visits", "pressVisit", access::checkRead);
        }
    }

    @Component
    static class ProtectionCaseHistory extends HistoryReadRight {
        ProtectionCaseHistory(Access access) {
            super("protection-cases", "protectionCase", access::checkRead);
        }
    }
}
