package vn.doingoai.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.Approval;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;
import vn.doingoai.partner.PartnerRef;

/**
 * A delegation in the shape of the dataset document and the API: {@code {"ref": "d1", "unit":
 * "19", "direction": "OUTGOING", "title": ..., "purpose": ..., "countries": ["KR"], "partners":
 * ["p1"], "startDate": "2021-03-01", "endDate": "2021-03-05", "members": [{"name": ...,
 * "position": ..., "organization": ...}], "status": "DONE"}}, and beside them {@code memberCount}
 * (when only the number of members is known), {@code headOfDelegation}, {@code fundingSource},
 * the approval ({@code decisionNumber}, {@code decisionDate}, {@code approvedBy}) and the {@code
 * reportText} after return. {@code partners} are refs (an id is accepted on input), and so is
 * {@code document}, the policy document the delegation carries out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelegationData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotNull DelegationDirection direction,
        @NotBlank @PlainText(max = 500) String title,
        @PlainText(max = 4000) String purpose,
        @PlainText(max = 300) String headOfDelegation,
        List<@NotBlank @CountryCode String> countries,
        @RefersTo("partners") List<@NotBlank @PlainText(max = 200) String> partners,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @PlainText(max = 500) String fundingSource,
        List<@Valid MemberData> members,
        @PositiveOrZero Integer memberCount,
        DelegationStatus status,
        @PlainText(max = 100) String decisionNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
        @PlainText(max = 100) String approvedBy,
        @PlainText(max = 20000) String reportText,
        @PlainText(max = 200) String agreement,
        @PlainText(max = 200) String document)
        implements RecordData {

    /** A delegation that names no policy document. */
    public DelegationData(
            Long id,
            Long version,
            String ref,
            String unit,
            DelegationDirection direction,
            String title,
            String purpose,
            String headOfDelegation,
            List<String> countries,
            List<String> partners,
            LocalDate startDate,
            LocalDate endDate,
            String fundingSource,
            List<MemberData> members,
            Integer memberCount,
            DelegationStatus status,
            String decisionNumber,
            LocalDate decisionDate,
            String approvedBy,
            String reportText,
            String agreement) {
        this(
                id,
                version,
                ref,
                unit,
                direction,
                title,
                purpose,
                headOfDelegation,
                countries,
                partners,
                startDate,
                endDate,
                fundingSource,
                members,
                memberCount,
                status,
                decisionNumber,
                decisionDate,
                approvedBy,
                reportText,
                agreement,
                null);
    }

    /** The approval the data names: the decision's number and date, and the approving user. */
    public Approval approval() {
        return Approval.of(decisionNumber, decisionDate, approvedBy);
    }

    /** Lượt người: one per named member, or the member count when no names are given. */
    public int personCount() {
        long named = members == null
                ? 0
                : members.stream().filter(m -> m != null && !m.isBlank()).count();
        return named > 0 ? (int) named : memberCount == null ? 0 : memberCount;
    }

    static DelegationData of(Delegation d, Map<Long, PartnerRef> partnerRefs, boolean withIdentity) {
        return new DelegationData(
                withIdentity ? d.getId() : null,
                withIdentity ? d.getVersion() : null,
                d.getRef(),
                d.getUnitCode(),
                d.getDirection(),
                d.getTitle(),
                d.getPurpose(),
                d.getHeadOfDelegation(),
                List.copyOf(d.getCountries()),
                d.getPartnerIds().stream()
                        .map(id -> partnerRefs != null && partnerRefs.containsKey(id)
                                ? partnerRefs.get(id).ref()
                                : String.valueOf(id))
                        .toList(),
                d.getStartDate(),
                d.getEndDate(),
                d.getFundingSource(),
                d.getMembers().stream().map(Member::data).toList(),
                d.getMemberCount(),
                d.getStatus(),
                d.getDecisionNumber(),
                d.getDecisionDate(),
                d.getApprovedBy(),
                d.getReportText(),
                d.getAgreementRef(),
                d.getDocumentRef());
    }
}
