package vn.doingoai.consular;

import java.util.List;
import vn.doingoai.web.Column;

/**
 * What the pages of each consular type show ({@link BookPages.Sheet}): its list's columns (the
 * list page and its export) and the lines of a record's page, each column declared once and used in
 * both.
 */
final class ConsularColumns {

    private ConsularColumns() {}

    private static <D extends ConsularData> Column<D> ref() {
        return Column.text("common.ref", null, ConsularData::ref);
    }

    private static <D extends ConsularData> Column<D> unit() {
        return Column.unit(ConsularData::unit);
    }

    static final class Entries {
        static final Column<EntryApprovalData> DECIDED_ON =
                Column.date("consular.decidedOn", "decidedOn", EntryApprovalData::decidedOn);
        static final Column<EntryApprovalData> NUMBER =
                Column.text("consular.decisionNumber", "decisionNumber", EntryApprovalData::decisionNumber);
        static final Column<EntryApprovalData> COUNTRY =
                Column.country("consular.nationality", "country", EntryApprovalData::country);
        static final Column<EntryApprovalData> APPROVED =
                Column.number("consular.approved", "approved", EntryApprovalData::approved);
        static final Column<EntryApprovalData> RECEIVED =
                Column.number("consular.received", "received", EntryApprovalData::received);

        static final BookPages.Sheet<EntryApprovalData> SHEET = new BookPages.Sheet<>(
                "entry-approvals",
                "consular.entries",
                "entryApproval",
                "xet-duyet-nhap-canh.xlsx",
                "consular.decidedOn",
                true,
                false,
                List.of(DECIDED_ON, NUMBER, unit(), COUNTRY, APPROVED, RECEIVED),
                List.of(
                        ref(),
                        unit(),
                        DECIDED_ON,
                        NUMBER,
                        APPROVED,
                        RECEIVED,
                        COUNTRY,
                        Column.text("consular.purpose", null, EntryApprovalData::purpose),
                        Column.text("common.notes", null, EntryApprovalData::note)),
                unit -> new EntryApprovalData(null, null, null, unit, null, null, null, null, null, null, null));
    }

    static final class Support {
        static final Column<CitizenSupportData> PAID_ON =
                Column.date("consular.paidOn", "paidOn", CitizenSupportData::paidOn);
        static final Column<CitizenSupportData> PROGRAMME =
                Column.text("consular.programme", "programme", CitizenSupportData::programme);
        static final Column<CitizenSupportData> PERSONS =
                Column.number("consular.persons", "persons", CitizenSupportData::persons);
        static final Column<CitizenSupportData> AMOUNT =
                Column.amount("consular.amount", "amount.amount", CitizenSupportData::amount);

        static final BookPages.Sheet<CitizenSupportData> SHEET = new BookPages.Sheet<>(
                "citizen-support",
                "consular.support",
                "citizenSupport",
                "ho-tro-cong-dan.xlsx",
                "consular.paidOn",
                false,
                false,
                List.of(
                        PAID_ON,
                        PROGRAMME,
                        unit(),
                        PERSONS,
                        AMOUNT,
                        Column.currency(
                                d -> d.amount() == null ? null : d.amount().currency())),
                List.of(
                        ref(),
                        unit(),
                        PAID_ON,
                        PROGRAMME,
                        PERSONS,
                        AMOUNT,
                        Column.text("common.notes", null, CitizenSupportData::note)),
                unit -> new CitizenSupportData(null, null, null, unit, null, null, null, null, null));
    }

    static final class Press {
        static final Column<PressVisitData> START =
                Column.date("consular.startDate", "startDate", PressVisitData::startDate);
        static final Column<PressVisitData> AGENCY = Column.text("consular.agency", "agency", PressVisitData::agency);
        static final Column<PressVisitData> COUNTRIES =
                Column.country("consular.countries", null, PressVisitData::countries);
        static final Column<PressVisitData> MEMBERS =
                Column.number("consular.members", "members", PressVisitData::members);

        static final BookPages.Sheet<PressVisitData> SHEET = new BookPages.Sheet<>(
                "press-visits",
                "consular.press",
                "pressVisit",
                "phong-vien-nuoc-ngoai.xlsx",
                "consular.startDate",
                true,
                false,
                List.of(START, AGENCY, unit(), COUNTRIES, MEMBERS),
                List.of(
                        ref(),
                        unit(),
                        START,
                        Column.date("consular.endDate", null, PressVisitData::endDate),
                        AGENCY,
                        COUNTRIES,
                        MEMBERS,
                        Column.text("consular.purpose", null, PressVisitData::purpose)),
                unit -> new PressVisitData(null, null, null, unit, null, null, null, null, null, null));
    }

    static final class Cases {
        static final Column<ProtectionCaseData> OPENED_ON =
                Column.date("consular.openedOn", "openedOn", ProtectionCaseData::openedOn);
        static final Column<ProtectionCaseData> COUNTRY =
                Column.country("common.country", "country", ProtectionCaseData::country);
        static final Column<ProtectionCaseData> STATUS =
                Column.label("common.status", "status", "consular.status", ProtectionCaseData::status);
        static final Column<ProtectionCaseData> CLOSED_ON =
                Column.date("consular.closedOn", "closedOn", ProtectionCaseData::closedOn);
        static final Column<ProtectionCaseData> SUMMARY =
                Column.text("consular.summary", "summary", ProtectionCaseData::summary);

        static final BookPages.Sheet<ProtectionCaseData> SHEET = new BookPages.Sheet<>(
                "protection-cases",
                "consular.cases",
                "protectionCase",
                "bao-ho-cong-dan.xlsx",
                "consular.openedOn",
                true,
                true,
                List.of(OPENED_ON, SUMMARY, unit(), COUNTRY, STATUS, CLOSED_ON),
                List.of(ref(), unit(), OPENED_ON, COUNTRY, STATUS, CLOSED_ON, SUMMARY),
                unit -> new ProtectionCaseData(
                        null, null, null, unit, null, null, null, CaseStatus.OPEN, null, List.of()));
    }
}
