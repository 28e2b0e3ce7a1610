package vn.doingoai.consular;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** The four consular API resources of the contract, each {@link RecordApi} over its book, newest first. */
final class ConsularApiControllers {

    private ConsularApiControllers() {}

    /** A consular type's resource, in its book's order. */
    abstract static class BookApi<D extends ConsularData> extends RecordApi<D, ConsularFilter> {
        BookApi(Book<?, D> book) {
            super(book, book.defaultSort());
        }
    }

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
