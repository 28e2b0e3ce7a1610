package vn.doingoai.report;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The summary of a period (API.md) as JSON, Word, PDF and Excel. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final SummaryService summaries;
    private final ReportDocuments documents;

    ReportApiController(SummaryService summaries, ReportDocuments documents) {
        this.summaries = summaries;
        this.documents = documents;
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
            @RequestParam(required = false) Boolean includeMerged) {
        return documents.docx(summaries.summary(unit, from, to, includeMerged), null);
    }

    @GetMapping("/summary.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Boolean includeMerged) {
        return documents.pdf(summaries.summary(unit, from, to, includeMerged), null);
    }

    @GetMapping("/summary.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Boolean includeMerged) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return documents.xlsx(summaries.summary(unit, from, to, includeMerged), base);
    }
}
