package vn.doingoai.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.user.Access;

/**
 * Makes the official document of a period (its model, then Word or PDF) and the workbook (Excel):
 * the body from the record modules' sections, the issue from the officer's choices or the defaults.
 */
@Component
class ReportDocuments {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final SummaryService summaries;
    private final ReportWriter writer;
    private final ReportIssues issues;
    private final MessageSource messages;
    private final Access access;
    private final vn.doingoai.unit.Units units;

    ReportDocuments(
            vn.doingoai.unit.Units units,
            SummaryService summaries,
            ReportWriter writer,
            ReportIssues issues,
            MessageSource messages,
            Access access) {
        this.units = units;
        this.summaries = summaries;
        this.writer = writer;
        this.issues = issues;
        this.messages = messages;
        this.access = access;
    }

    /** A report of a unit and period in a language: its summary and what its sections write from. */
    record Report(SummaryService.Request request, Summary summary, ReportContext context) {}

    Report report(SummaryService.Request request, Locale locale) {
        Summary summary = summaries.summary(request, locale);
        ReportContext context = writer.context(
                summary,
                request.unit(),
                access.scope(request.unit().getCode(), request.includeMerged()),
                request.period(),
                locale);
        return new Report(request, summary, context);
    }

    /** The report the summary endpoints ask for: checked, in its language. */
    Report report(SummaryParams params) {
        return report(summaries.check(params), language(params.lang()));
    }

    /** The report's language: Vietnamese unless {@code en}. */
    static Locale language(String lang) {
        if (lang == null || lang.isBlank() || "vi".equals(lang)) {
            return VIETNAMESE;
        }
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        throw new InvalidInputException("lang", "report.lang.invalid");
    }

    /** The generated text of each section with something to say, for the officer to edit. */
    Map<String, String> texts(Report report) {
        return writer.texts(report.context());
    }

    ReportBody body(Report report, Map<String, String> kept, boolean onlyKept) {
        return writer.body(report.context(), kept, onlyKept);
    }

    /** The issue by default: today, by the unit as it is today. */
    ReportIssue defaults(Report report, LocalDate issuedOn) {
        return issues.defaults(
                report.request().unit(),
                report.request().period(),
                report.context().locale(),
                issuedOn);
    }

    DocumentModel model(Report report, Map<String, String> kept, boolean onlyKept, ReportIssue issue) {
        LocalDate today = LocalDate.now();
        ReportIssue chosen = issue == null
                ? defaults(report, today)
                : issue.orElse(defaults(report, issue.issuedOn() == null ? today : issue.issuedOn()));
        return DocumentModel.of(
                chosen, body(report, kept, onlyKept), report.context().locale(), messages, today);
    }

    DocumentModel model(Report report) {
        return model(report, null, false, null);
    }

    /** The document of a body written already, issued as {@code issue} says (nothing left to default). */
    DocumentModel model(Report report, ReportBody body, ReportIssue issue) {
        return DocumentModel.of(issue, body, report.context().locale(), messages, LocalDate.now());
    }

    /** The code of the unit that issues a report on {@code day}: the report's unit, or the one it merged into. */
    String issuingUnit(Report report, LocalDate day) {
        return issues.asOn(report.request().unit(), day).getCode();
    }

    vn.doingoai.unit.Unit unit(String code) {
        return units.require(code);
    }

    /** Whether a section of this key exists. */
    boolean isSection(String key) {
        return writer.section(key).isPresent();
    }

    static ResponseEntity<byte[]> docx(DocumentModel model, String name) {
        return file(WordDocument.write(model), DOCX, name + ".docx");
    }

    static ResponseEntity<byte[]> pdf(DocumentModel model, String name) {
        return file(PdfDocument.write(model), MediaType.APPLICATION_PDF, name + ".pdf");
    }

    ResponseEntity<byte[]> xlsx(Report report, String baseUrl, ExcelWorkbook.Records records) {
        return file(
                ExcelWorkbook.write(report, writer, records, messages, baseUrl),
                XLSX,
                name(report.summary()) + ".xlsx");
    }

    static String name(Summary summary) {
        return "bao-cao-" + summary.unit().code() + "-" + summary.from() + "-" + summary.to();
    }

    static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(bytes);
    }
}
