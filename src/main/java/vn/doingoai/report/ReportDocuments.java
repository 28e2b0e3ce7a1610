package vn.doingoai.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.Units;

/** Makes the official document (Word, PDF) and the workbook (Excel) of a summary. */
@Component
class ReportDocuments {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Units units;
    private final ReportText text;

    ReportDocuments(Units units, ReportText text) {
        this.units = units;
        this.text = text;
    }

    /** The generated text of each section, for the officer to edit. */
    Map<ReportSection, String> texts(Summary summary) {
        return text.sections(summary, units.require(summary.unit().code()));
    }

    DocumentModel model(Summary summary, Map<ReportSection, String> edited) {
        Unit unit = units.require(summary.unit().code());
        Unit province = units.provinceOf(unit.getCode()).orElse(null);
        Period period = Period.of(LocalDate.parse(summary.from()), LocalDate.parse(summary.to()));
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        texts.putAll(text.sections(summary, unit));
        if (edited != null) {
            edited.forEach((section, value) -> {
                if (value != null) {
                    texts.put(section, value);
                }
            });
        }
        return DocumentModel.of(unit, province, period, texts, LocalDate.now());
    }

    ResponseEntity<byte[]> docx(Summary summary, Map<ReportSection, String> edited) {
        return file(WordDocument.write(model(summary, edited)), DOCX, name(summary, "docx"));
    }

    ResponseEntity<byte[]> pdf(Summary summary, Map<ReportSection, String> edited) {
        return file(PdfDocument.write(model(summary, edited)), MediaType.APPLICATION_PDF, name(summary, "pdf"));
    }

    ResponseEntity<byte[]> xlsx(Summary summary, String baseUrl) {
        return file(ExcelWorkbook.write(summary, text::label, baseUrl), XLSX, name(summary, "xlsx"));
    }

    private static String name(Summary summary, String extension) {
        return "bao-cao-" + summary.unit().code() + "-" + summary.from() + "-" + summary.to() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String filename) {
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
