package vn.doingoai.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.Approval;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;

/**
 * An agreement in the shape of the dataset document and the API: {@code {"ref": "a1", "unit":
 * "24", "level": "PROVINCE", "title": "...", "partners": ["p1"], "signedOn": "2021-08-09",
 * "validFrom": "2021-08-09", "validTo": "2025-12-31", "fields": ["AGRICULTURE"], "status":
 * "SIGNED"}}, with the Vietnamese {@code signatory} and {@code notes}. {@code partners} are refs
 * (an id is accepted on input). With identity (the API) it also carries {@code id}, {@code
 * version} and, read only, {@code inForce} (today), {@code reportDueOn} (15 days after signing)
 * and the signed {@code document}'s file name. The leader's approval of the signing is {@code
 * decisionNumber}, {@code decisionDate} and {@code approvedBy} (the approving user): an agreement
 * becomes SIGNED only by an approver of its unit (see {@code AgreementWorkflow}). {@code
 * policyDocument} is the ref (on input also the id) of the policy document it carries out ({@code
 * document} being the signed file's name).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotNull AgreementLevel level,
        @NotBlank @PlainText(max = 1000) String title,
        @RefersTo("partners") List<@NotBlank @PlainText(max = 200) String> partners,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
        List<@NotNull CooperationField> fields,
        @NotNull AgreementStatus status,
        @PlainText(max = 500) String signatory,
        @PlainText(max = 4000) String notes,
        Boolean inForce,
        LocalDate reportDueOn,
        @PlainText(max = 300) String document,
        @PlainText(max = 100) String decisionNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
        @PlainText(max = 100) String approvedBy,
        @PlainText(max = 200) String policyDocument)
        implements RecordData {

    /** An agreement that names no policy document. */
    public AgreementData(
            Long id,
            Long version,
            String ref,
            String unit,
            AgreementLevel level,
            String title,
            List<String> partners,
            LocalDate signedOn,
            LocalDate validFrom,
            LocalDate validTo,
            List<CooperationField> fields,
            AgreementStatus status,
            String signatory,
            String notes,
            Boolean inForce,
            LocalDate reportDueOn,
            String document,
            String decisionNumber,
            LocalDate decisionDate,
            String approvedBy) {
        this(
                id,
                version,
                ref,
                unit,
                level,
                title,
                partners,
                signedOn,
                validFrom,
                validTo,
                fields,
                status,
                signatory,
                notes,
                inForce,
                reportDueOn,
                document,
                decisionNumber,
                decisionDate,
                approvedBy,
                null);
    }

    /** The approval the data names: the decision's number and date, and the approving user. */
    public Approval approval() {
        return Approval.of(decisionNumber, decisionDate, approvedBy);
    }

    /** Days after signing by which the report on a signed agreement is due (Law on International Agreements 2020). */
    public static final int REPORT_DAYS = 15;

    enum Shape {
        /** The API: with id, version and the derived, read-only fields. */
        IDENTITY,
        /** The dataset document: the record's own data only. */
        EXPORT,
        /** The history: the record's data and its document, never what changes by itself. */
        HISTORY
    }

    /** In force on {@code day}: signed, and the day within validFrom (or the signing)–validTo. */
    public boolean inForceOn(LocalDate day) {
        return Agreement.inForce(status, signedOn, validFrom, validTo, day);
    }

    /** The date by which the report on the signing is due, or null before signing. */
    public LocalDate reportDue() {
        return signedOn == null || status == AgreementStatus.PROPOSED ? null : signedOn.plusDays(REPORT_DAYS);
    }

    static AgreementData of(Agreement a, List<String> partnerRefs, Shape shape) {
        boolean identity = shape == Shape.IDENTITY;
        AgreementData data = new AgreementData(
                identity ? a.getId() : null,
                identity ? a.getVersion() : null,
                a.getRef(),
                a.getUnitCode(),
                a.getLevel(),
                a.getTitle(),
                List.copyOf(partnerRefs),
                a.getSignedOn(),
                a.getValidFrom(),
                a.getValidTo(),
                List.copyOf(a.getFields()),
                a.getStatus(),
                a.getSignatory(),
                a.getNotes(),
                null,
                null,
                shape != Shape.EXPORT && a.getDocument() != null
                        ? a.getDocument().fileName()
                        : null,
                a.getApproval().number(),
                a.getApproval().date(),
                a.getApproval().by(),
                a.getDocumentRef());
        if (!identity) {
            return data;
        }
        return new AgreementData(
                data.id,
                data.version,
                data.ref,
                data.unit,
                data.level,
                data.title,
                data.partners,
                data.signedOn,
                data.validFrom,
                data.validTo,
                data.fields,
                data.status,
                data.signatory,
                data.notes,
                a.inForceOn(LocalDate.now()),
                data.reportDue(),
                data.document,
                data.decisionNumber,
                data.decisionDate,
                data.approvedBy,
                data.policyDocument);
    }
}
