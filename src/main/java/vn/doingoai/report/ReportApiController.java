package vn.doingoai.report;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.doingoai.web.KeptAnswer;

/**
 * The summary of a period (API.md) as JSON, Word, PDF and Excel; the documents in English with
 * {@code lang=en}.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final SummaryService summaries;
    private final ReportDocuments documents;
    private final ExcelWorkbook.Records records;

    ReportApiController(SummaryService summaries, ReportDocuments documents, ExcelWorkbook.Records records) {
        this.summaries = summaries;
        this.documents = documents;
        this.records = records;
    }

    /** The summary as JSON, its warnings in the request's language ({@code lang=en}, Vietnamese by default). */
    @GetMapping("/summary")
    @KeptAnswer
    Summary summary(SummaryParams params) {
        return summaries.summary(summaries.check(params));
    }

    @GetMapping("/summary.docx")
    ResponseEntity<byte[]> docx(SummaryParams params) {
        ReportDocuments.Report report = documents.report(params);
        return ReportDocuments.docx(documents.model(report), ReportDocuments.name(report.summary()));
    }

    @GetMapping("/summary.pdf")
    ResponseEntity<byte[]> pdf(SummaryParams params) {
        ReportDocuments.Report report = documents.report(params);
        return ReportDocuments.pdf(documents.model(report), ReportDocuments.name(report.summary()));
    }

    @GetMapping("/summary.xlsx")
    ResponseEntity<byte[]> xlsx(SummaryParams params) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return documents.xlsx(documents.report(params), base, records);
    }
}
