package vn.doingoai.consular;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.history.HistoryService;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Texts;

/** The consular pages: {@code /consular} and the four lists under it. */
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

        EntryApprovalPages(EntryApprovals book, HistoryService history, Access access, Units units, Texts texts) {
            super(book, history, access, units, texts);
        }

        @Override
        String path() {
            return "entry-approvals";
        }

        @Override
        String titleKey() {
            return "consular.entries";
        }

        @Override
        String historyType() {
            return "entryApproval";
        }

        @Override
        String fileName() {
            return "xet-duyet-nhap-canh.xlsx";
        }

        @Override
        String dateLabel() {
            return "consular.decidedOn";
        }

        @Override
        List<Column> columns() {
            return List.of(
                    Column.<EntryApprovalData>of("consular.decidedOn", "decidedOn", EntryApprovalData::decidedOn),
                    Column.<EntryApprovalData>of(
                            "consular.decisionNumber", "decisionNumber", EntryApprovalData::decisionNumber),
                    Column.<EntryApprovalData>of("common.unit", "unitCode", EntryApprovalData::unit),
                    Column.<EntryApprovalData>of("consular.nationality", "country", d -> texts.country(d.country())),
                    Column.<EntryApprovalData>of("consular.approved", "approved", EntryApprovalData::approved),
                    Column.<EntryApprovalData>of("consular.received", "received", EntryApprovalData::received));
        }

        @Override
        List<Column> fields() {
            return List.of(
                    Column.<EntryApprovalData>of("common.ref", null, EntryApprovalData::ref),
                    Column.<EntryApprovalData>of("common.unit", null, EntryApprovalData::unit),
                    Column.<EntryApprovalData>of("consular.decidedOn", null, EntryApprovalData::decidedOn),
                    Column.<EntryApprovalData>of("consular.decisionNumber", null, EntryApprovalData::decisionNumber),
                    Column.<EntryApprovalData>of("consular.approved", null, EntryApprovalData::approved),
                    Column.<EntryApprovalData>of("consular.received", null, EntryApprovalData::received),
                    Column.<EntryApprovalData>of("consular.nationality", null, d -> texts.country(d.country())),
                    Column.<EntryApprovalData>of("consular.purpose", null, EntryApprovalData::purpose),
                    Column.<EntryApprovalData>of("common.notes", null, EntryApprovalData::note));
        }

        @Override
        EntryApprovalData blank(String unit) {
            return new EntryApprovalData(null, null, null, unit, null, null, null, null, null, null, null);
        }
    }

    @Controller
    @RequestMapping("/consular/citizen-support")
    static class CitizenSupportPages extends BookPages<CitizenSupportData> {

        CitizenSupportPages(CitizenSupports book, HistoryService history, Access access, Units units, Texts texts) {
            super(book, history, access, units, texts);
        }

        @Override
        String path() {
            return "citizen-support";
        }

        @Override
        String titleKey() {
            return "consular.support";
        }

        @Override
        String historyType() {
            return "citizenSupport";
        }

        @Override
        String fileName() {
            return "ho-tro-cong-dan.xlsx";
        }

        @Override
        String dateLabel() {
            return "consular.paidOn";
        }

        @Override
        boolean filtersByCountry() {
            return false;
        }

        @Override
        List<Column> columns() {
            return List.of(
                    Column.<CitizenSupportData>of("consular.paidOn", "paidOn", CitizenSupportData::paidOn),
                    Column.<CitizenSupportData>of("consular.programme", "programme", CitizenSupportData::programme),
                    Column.<CitizenSupportData>of("common.unit", "unitCode", CitizenSupportData::unit),
                    Column.<CitizenSupportData>of("consular.persons", "persons", CitizenSupportData::persons),
                    Column.<CitizenSupportData>of("consular.amount", "amount.amount", CitizenSupportData::amount));
        }

        @Override
        List<Column> fields() {
            return List.of(
                    Column.<CitizenSupportData>of("common.ref", null, CitizenSupportData::ref),
                    Column.<CitizenSupportData>of("common.unit", null, CitizenSupportData::unit),
                    Column.<CitizenSupportData>of("consular.paidOn", null, CitizenSupportData::paidOn),
                    Column.<CitizenSupportData>of("consular.programme", null, CitizenSupportData::programme),
                    Column.<CitizenSupportData>of("consular.persons", null, CitizenSupportData::persons),
                    Column.<CitizenSupportData>of("consular.amount", null, CitizenSupportData::amount),
                    Column.<CitizenSupportData>of("common.notes", null, CitizenSupportData::note));
        }

        @Override
        CitizenSupportData blank(String unit) {
            return new CitizenSupportData(null, null, null, unit, null, null, null, null, null);
        }
    }

    @Controller
    @RequestMapping("/consular/press-visits")
    static class PressVisitPages extends BookPages<PressVisitData> {

        PressVisitPages(PressVisits book, HistoryService history, Access access, Units units, Texts texts) {
            super(book, history, access, units, texts);
        }

        @Override
        String path() {
            return "press-visits";
        }

        @Override
        String titleKey() {
            return "consular.press";
        }

        @Override
        String historyType() {
            return "pressVisit";
        }

        @Override
        String fileName() {
            return "phong-vien-nuoc-ngoai.xlsx";
        }

        @Override
        String dateLabel() {
            return "consular.startDate";
        }

        private String countries(PressVisitData d) {
            return d.countries() == null
                    ? ""
                    : String.join(
                            ", ", d.countries().stream().map(texts::country).toList());
        }

        @Override
        List<Column> columns() {
            return List.of(
                    Column.<PressVisitData>of("consular.startDate", "startDate", PressVisitData::startDate),
                    Column.<PressVisitData>of("consular.agency", "agency", PressVisitData::agency),
                    Column.<PressVisitData>of("common.unit", "unitCode", PressVisitData::unit),
                    Column.<PressVisitData>of("consular.countries", null, this::countries),
                    Column.<PressVisitData>of("consular.members", "members", PressVisitData::members));
        }

        @Override
        List<Column> fields() {
            return List.of(
                    Column.<PressVisitData>of("common.ref", null, PressVisitData::ref),
                    Column.<PressVisitData>of("common.unit", null, PressVisitData::unit),
                    Column.<PressVisitData>of("consular.startDate", null, PressVisitData::startDate),
                    Column.<PressVisitData>of("consular.endDate", null, PressVisitData::endDate),
                    Column.<PressVisitData>of("consular.agency", null, PressVisitData::agency),
                    Column.<PressVisitData>of("consular.countries", null, this::countries),
                    Column.<PressVisitData>of("consular.members", null, PressVisitData::members),
                    Column.<PressVisitData>of("consular.purpose", null, PressVisitData::purpose));
        }

        @Override
        PressVisitData blank(String unit) {
            return new PressVisitData(null, null, null, unit, null, null, null, null, null, null);
        }
    }

    @Controller
    @RequestMapping("/consular/protection-cases")
    static class ProtectionCasePages extends BookPages<ProtectionCaseData> {

        ProtectionCasePages(ProtectionCases book, HistoryService history, Access access, Units units, Texts texts) {
            super(book, history, access, units, texts);
        }

        @Override
        String path() {
            return "protection-cases";
        }

        @Override
        String titleKey() {
            return "consular.cases";
        }

        @Override
        String historyType() {
            return "protectionCase";
        }

        @Override
        String fileName() {
            return "bao-ho-cong-dan.xlsx";
        }

        @Override
        String dateLabel() {
            return "consular.openedOn";
        }

        @Override
        boolean filtersByStatus() {
            return true;
        }

        @Override
        List<Column> columns() {
            return List.of(
                    Column.<ProtectionCaseData>of("consular.openedOn", "openedOn", ProtectionCaseData::openedOn),
                    Column.<ProtectionCaseData>of("consular.summary", "summary", ProtectionCaseData::summary),
                    Column.<ProtectionCaseData>of("common.unit", "unitCode", ProtectionCaseData::unit),
                    Column.<ProtectionCaseData>of("common.country", "country", d -> texts.country(d.country())),
                    Column.<ProtectionCaseData>of(
                            "common.status", "status", d -> texts.of("consular.status." + d.status())),
                    Column.<ProtectionCaseData>of("consular.closedOn", "closedOn", ProtectionCaseData::closedOn));
        }

        @Override
        List<Column> fields() {
            return List.of(
                    Column.<ProtectionCaseData>of("common.ref", null, ProtectionCaseData::ref),
                    Column.<ProtectionCaseData>of("common.unit", null, ProtectionCaseData::unit),
                    Column.<ProtectionCaseData>of("consular.openedOn", null, ProtectionCaseData::openedOn),
                    Column.<ProtectionCaseData>of("common.country", null, d -> texts.country(d.country())),
                    Column.<ProtectionCaseData>of(
                            "common.status", null, d -> texts.of("consular.status." + d.status())),
                    Column.<ProtectionCaseData>of("consular.closedOn", null, ProtectionCaseData::closedOn),
                    Column.<ProtectionCaseData>of("consular.summary", null, ProtectionCaseData::summary));
        }

        @Override
        void addDetails(ProtectionCaseData record, Model model) {
            model.addAttribute("steps", record.steps() == null ? List.of() : record.steps());
        }

        @Override
        ProtectionCaseData blank(String unit) {
            return new ProtectionCaseData(null, null, null, unit, null, null, null, CaseStatus.OPEN, null, List.of());
        }
    }
}
