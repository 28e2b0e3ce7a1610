package vn.doingoai.consular;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Column;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.ListPages;

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

        EntryApprovalPages(EntryApprovals book, HistoryPage history, Access access, Units units, ListPages listPages) {
            super(book, history, access, units, listPages);
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
        List<Column<EntryApprovalData>> columns() {
            return List.of(
                    Column.date("consular.decidedOn", "decidedOn", EntryApprovalData::decidedOn),
                    Column.text("consular.decisionNumber", "decisionNumber", EntryApprovalData::decisionNumber),
                    Column.unit(EntryApprovalData::unit),
                    Column.country("consular.nationality", "country", EntryApprovalData::country),
                    Column.number("consular.approved", "approved", EntryApprovalData::approved),
                    Column.number("consular.received", "received", EntryApprovalData::received));
        }

        @Override
        List<Column<EntryApprovalData>> fields() {
            return List.of(
                    Column.text("common.ref", null, EntryApprovalData::ref),
                    Column.unit(EntryApprovalData::unit),
                    Column.date("consular.decidedOn", null, EntryApprovalData::decidedOn),
                    Column.text("consular.decisionNumber", null, EntryApprovalData::decisionNumber),
                    Column.number("consular.approved", null, EntryApprovalData::approved),
                    Column.number("consular.received", null, EntryApprovalData::received),
                    Column.country("consular.nationality", null, EntryApprovalData::country),
                    Column.text("consular.purpose", null, EntryApprovalData::purpose),
                    Column.text("common.notes", null, EntryApprovalData::note));
        }

        @Override
        EntryApprovalData blank(String unit) {
            return new EntryApprovalData(null, null, null, unit, null, null, null, null, null, null, null);
        }
    }

    @Controller
    @RequestMapping("/consular/citizen-support")
    static class CitizenSupportPages extends BookPages<CitizenSupportData> {

        CitizenSupportPages(
                CitizenSupports book, HistoryPage history, Access access, Units units, ListPages listPages) {
            super(book, history, access, units, listPages);
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
        List<Column<CitizenSupportData>> columns() {
            return List.of(
                    Column.date("consular.paidOn", "paidOn", CitizenSupportData::paidOn),
                    Column.text("consular.programme", "programme", CitizenSupportData::programme),
                    Column.unit(CitizenSupportData::unit),
                    Column.number("consular.persons", "persons", CitizenSupportData::persons),
                    Column.amount("consular.amount", "amount.amount", CitizenSupportData::amount),
                    Column.currency(d -> d.amount() == null ? null : d.amount().currency()));
        }

        @Override
        List<Column<CitizenSupportData>> fields() {
            return List.of(
                    Column.text("common.ref", null, CitizenSupportData::ref),
                    Column.unit(CitizenSupportData::unit),
                    Column.date("consular.paidOn", null, CitizenSupportData::paidOn),
                    Column.text("consular.programme", null, CitizenSupportData::programme),
                    Column.number("consular.persons", null, CitizenSupportData::persons),
                    Column.amount("consular.amount", null, CitizenSupportData::amount),
                    Column.text("common.notes", null, CitizenSupportData::note));
        }

        @Override
        CitizenSupportData blank(String unit) {
            return new CitizenSupportData(null, null, null, unit, null, null, null, null, null);
        }
    }

    @Controller
    @RequestMapping("/consular/press-visits")
    static class PressVisitPages extends BookPages<PressVisitData> {

        PressVisitPages(PressVisits book, HistoryPage history, Access access, Units units, ListPages listPages) {
            super(book, history, access, units, listPages);
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

        @Override
        List<Column<PressVisitData>> columns() {
            return List.of(
                    Column.date("consular.startDate", "startDate", PressVisitData::startDate),
                    Column.text("consular.agency", "agency", PressVisitData::agency),
                    Column.unit(PressVisitData::unit),
                    Column.country("consular.countries", null, PressVisitData::countries),
                    Column.number("consular.members", "members", PressVisitData::members));
        }

        @Override
        List<Column<PressVisitData>> fields() {
            return List.of(
                    Column.text("common.ref", null, PressVisitData::ref),
                    Column.unit(PressVisitData::unit),
                    Column.date("consular.startDate", null, PressVisitData::startDate),
                    Column.date("consular.endDate", null, PressVisitData::endDate),
                    Column.text("consular.agency", null, PressVisitData::agency),
                    Column.country("consular.countries", null, PressVisitData::countries),
                    Column.number("consular.members", null, PressVisitData::members),
                    Column.text("consular.purpose", null, PressVisitData::purpose));
        }

        @Override
        PressVisitData blank(String unit) {
            return new PressVisitData(null, null, null, unit, null, null, null, null, null, null);
        }
    }

    @Controller
    @RequestMapping("/consular/protection-cases")
    static class ProtectionCasePages extends BookPages<ProtectionCaseData> {

        ProtectionCasePages(
                ProtectionCases book, HistoryPage history, Access access, Units units, ListPages listPages) {
            super(book, history, access, units, listPages);
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
        List<Column<ProtectionCaseData>> columns() {
            return List.of(
                    Column.date("consular.openedOn", "openedOn", ProtectionCaseData::openedOn),
                    Column.text("consular.summary", "summary", ProtectionCaseData::summary),
                    Column.unit(ProtectionCaseData::unit),
                    Column.country("common.country", "country", ProtectionCaseData::country),
                    Column.label("common.status", "status", "consular.status", ProtectionCaseData::status),
                    Column.date("consular.closedOn", "closedOn", ProtectionCaseData::closedOn));
        }

        @Override
        List<Column<ProtectionCaseData>> fields() {
            return List.of(
                    Column.text("common.ref", null, ProtectionCaseData::ref),
                    Column.unit(ProtectionCaseData::unit),
                    Column.date("consular.openedOn", null, ProtectionCaseData::openedOn),
                    Column.country("common.country", null, ProtectionCaseData::country),
                    Column.label("common.status", null, "consular.status", ProtectionCaseData::status),
                    Column.date("consular.closedOn", null, ProtectionCaseData::closedOn),
                    Column.text("consular.summary", null, ProtectionCaseData::summary));
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
