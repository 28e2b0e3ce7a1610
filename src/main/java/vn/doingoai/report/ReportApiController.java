package vn.doingoai.report;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

    @GetMapping("/summary")
    Summary summary(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Boolean includeMerged) {
        return summaries.summary(unit, from, to, includeMerged);
    }

    @GetMapping("/summary.docx")
    ResponseEntity<byte[]> docx(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Boolean includeMerged,
            @RequestParam(required = false) String lang) {
        ReportDocuments.Report report = documents.report(unit, from, to, includeMerged, lang);
        return ReportDocuments.docx(documents.model(report), ReportDocuments.name(report.summary()));
    }

    @GetMapping("/summary.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Boolean includeMerged,
            @RequestParam(required = false) String lang) {
        ReportDocuments.Report report = documents.report(unit, from, to, includeMerged, lang);
        return ReportDocuments.pdf(documents.model(report), ReportDocuments.name(report.summary()));
    }

    @GetMapping("/summary.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Boolean includeMerged,
            @RequestParam(required = false) String lang) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return documents.xlsx(documents.report(unit, from, to, includeMerged, lang), base, records);
    }
}
