package vn.doingoai.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.doingoai.common.PlainText;

/**
 * A report draft as a program or the report page writes it ({@code POST /api/v1/reports/drafts},
 * {@code PUT} with the {@code version} read): the unit and period (fixed once made), the language,
 * the texts by section key (a section left out keeps its text, or the generated one; a blank text
 * leaves the section out), and the choices of issue (blank ones take the defaults).
 */
record ReportDraftData(
        Long version,
        @NotBlank @PlainText(max = 40) String unit,
        LocalDate from,
        LocalDate to,
        Boolean includeMerged,
        @PlainText(max = 5) @Pattern(regexp = "vi|en", message = "{report.lang.invalid}") String language,
        Map<@PlainText(max = 200) String, @PlainText(max = 20000) String> texts,
        @PlainText(max = 300) String issuerAbove,
        @PlainText(max = 300) String issuer,
        @PlainText(max = 60) String symbol,
        @PlainText(max = 200) String place,
        LocalDate issuedOn,
        @PlainText(max = 1000) String subject,
        @Size(max = 20) List<@PlainText(max = 300) String> recipients,
        @PlainText(max = 200) String signerTitle,
        @PlainText(max = 200) String signerName) {

    ReportIssue issue() {
        return new ReportIssue(
                issuerAbove, issuer, null, symbol, place, issuedOn, subject, recipients, signerTitle, signerName);
    }
}
