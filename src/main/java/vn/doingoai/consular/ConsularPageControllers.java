package vn.doingoai.consular;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.web.Column;
import vn.doingoai.web.PageParts;

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

        EntryApprovalPages(EntryApprovals book, PageParts parts) {
            super(
                    book,
                    parts,
                    new Sheet<>(
                            "entry-approvals",
                            "consular.entries",
                            "entryApproval",
                            "xet-duyet-nhap-canh.xlsx",
                            "consular.decidedOn",
                            true,
                            false,
                            List.of(
                                    Column.date("consular.decidedOn", "decidedOn", EntryApprovalData::decidedOn),
                                    Column.text(
                                            "consular.decisionNumber",
                                            "decisionNumber",
                                            EntryApprovalData::decisionNumber),
                                    Column.unit(EntryApprovalData::unit),
                                    Column.country("consular.nationality", "country", EntryApprovalData::country),
                                    Column.number("consular.approved", "approved", EntryApprovalData::approved),
                                    Column.number("consular.received", "received", EntryApprovalData::received)),
                            List.of(
                                    Column.text("common.ref", null, EntryApprovalData::ref),
                                    Column.unit(EntryApprovalData::unit),
                                    Column.date("consular.decidedOn", null, EntryApprovalData::decidedOn),
                                    Column.text("consular.decisionNumber", null, EntryApprovalData::decisionNumber),
                                    Column.number("consular.approved", null, EntryApprovalData::approved),
                                    Column.number("consular.received", null, EntryApprovalData::received),
                                    Column.country("consular.nationality", null, EntryApprovalData::country),
                                    Column.text("consular.purpose", null, EntryApprovalData::purpose),
                                    Column.text("common.notes", null, EntryApprovalData::note)),
                            unit -> new EntryApprovalData(
                                    null, null, null, unit, null, null, null, null, null, null, null)));
        }
    }

    @Controller
    @RequestMapping("/consular/citizen-support")
    static class CitizenSupportPages extends BookPages<CitizenSupportData> {

        CitizenSupportPages(CitizenSupports book, PageParts parts) {
            super(
                    book,
                    parts,
                    new Sheet<>(
                            "citizen-support",
                            "consular.support",
                            "citizenSupport",
                            "ho-tro-cong-dan.xlsx",
                            "consular.paidOn",
                            false,
                            false,
                            List.of(
                                    Column.date("consular.paidOn", "paidOn", CitizenSupportData::paidOn),
                                    Column.text("consular.programme", "programme", CitizenSupportData::programme),
                                    Column.unit(CitizenSupportData::unit),
                                    Column.number("consular.persons", "persons", CitizenSupportData::persons),
                                    Column.amount("consular.amount", "amount.amount", CitizenSupportData::amount),
                                    Column.currency(d -> d.amount() == null
                                            ? null
                                            : d.amount().currency())),
                            List.of(
                                    Column.text("common.ref", null, CitizenSupportData::ref),
                                    Column.unit(CitizenSupportData::unit),
                                    Column.date("consular.paidOn", null, CitizenSupportData::paidOn),
                                    Column.text("consular.programme", null, CitizenSupportData::programme),
                                    Column.number("consular.persons", null, CitizenSupportData::persons),
                                    Column.amount("consular.amount", null, CitizenSupportData::amount),
                                    Column.text("common.notes", null, CitizenSupportData::note)),
                            unit -> new CitizenSupportData(null, null, null, unit, null, null, null, null, null)));
        }
    }

    @Controller
    @RequestMapping("/consular/press-visits")
    static class PressVisitPages extends BookPages<PressVisitData> {

        PressVisitPages(PressVisits book, PageParts parts) {
            super(
                    book,
                    parts,
                    new Sheet<>(
                            "press-visits",
                            "consular.press",
                            "pressVisit",
                            "phong-vien-nuoc-ngoai.xlsx",
                            "consular.startDate",
                            true,
                            false,
                            List.of(
                                    Column.date("consular.startDate", "startDate", PressVisitData::startDate),
                                    Column.text("consular.agency", "agency", PressVisitData::agency),
                                    Column.unit(PressVisitData::unit),
                                    Column.country("consular.countries", null, PressVisitData::countries),
                                    Column.number("consular.members", "members", PressVisitData::members)),
                            List.of(
                                    Column.text("common.ref", null, PressVisitData::ref),
                                    Column.unit(PressVisitData::unit),
                                    Column.date("consular.startDate", null, PressVisitData::startDate),
                                    Column.date("consular.endDate", null, PressVisitData::endDate),
                                    Column.text("consular.agency", null, PressVisitData::agency),
                                    Column.country("consular.countries", null, PressVisitData::countries),
                                    Column.number("consular.members", null, PressVisitData::members),
                                    Column.text("consular.purpose", null, PressVisitData::purpose)),
                            unit -> new PressVisitData(null, null, null, unit, null, null, null, null, null, null)));
        }
    }

    @Controller
    @RequestMapping("/consular/protection-cases")
    static class ProtectionCasePages extends BookPages<ProtectionCaseData> {

        ProtectionCasePages(ProtectionCases book, PageParts parts) {
            super(
                    book,
                    parts,
                    new Sheet<>(
                            "protection-cases",
                            "consular.cases",
                            "protectionCase",
                            "bao-ho-cong-dan.xlsx",
                            "consular.openedOn",
                            true,
                            true,
                            List.of(
                                    Column.date("consular.openedOn", "openedOn", ProtectionCaseData::openedOn),
                                    Column.text("consular.summary", "summary", ProtectionCaseData::summary),
                                    Column.unit(ProtectionCaseData::unit),
                                    Column.country("common.country", "country", ProtectionCaseData::country),
                                    Column.label(
                                            "common.status", "status", "consular.status", ProtectionCaseData::status),
                                    Column.date("consular.closedOn", "closedOn", ProtectionCaseData::closedOn)),
                            List.of(
                                    Column.text("common.ref", null, ProtectionCaseData::ref),
                                    Column.unit(ProtectionCaseData::unit),
                                    Column.date("consular.openedOn", null, ProtectionCaseData::openedOn),
                                    Column.country("common.country", null, ProtectionCaseData::country),
                                    Column.label("common.status", null, "consular.status", ProtectionCaseData::status),
                                    Column.date("consular.closedOn", null, ProtectionCaseData::closedOn),
                                    Column.text("consular.summary", null, ProtectionCaseData::summary)),
                            unit -> new ProtectionCaseData(
                                    null, null, null, unit, null, null, null, CaseStatus.OPEN, null, List.of())));
        }

        @Override
        void addDetails(ProtectionCaseData record, Model model) {
            model.addAttribute("steps", record.steps() == null ? List.of() : record.steps());
        }
    }
}
