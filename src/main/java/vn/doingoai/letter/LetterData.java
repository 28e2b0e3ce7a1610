package vn.doingoai.letter;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;

/**
 * An official letter in the shape of the dataset document and the API: {@code {"ref": "l1", "unit":
 * "19", "direction": "SENT", "date": "2021-02-05", "occasion": "HOLIDAY", "partners": ["p1"],
 * "subject": "..."}}, with {@code notes}; {@code document} is the name of the letter's uploaded file
 * (read only: {@code POST /api/v1/letters/{id}/document}), never in the dataset document.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LetterData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotNull LetterDirection direction,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotNull LetterOccasion occasion,
        @RefersTo("partners") List<@NotBlank @PlainText(max = 200) String> partners,
        @NotBlank @PlainText(max = 1000) String subject,
        @PlainText(max = 4000) String notes,
        @PlainText(max = 300) String document)
        implements RecordData {

    enum Shape {
        /** The API and the pages: with id, version and the document's name. */
        IDENTITY,
        /** The dataset document: the record's own data only. */
        EXPORT,
        /** The history: the record's data and its document. */
        HISTORY
    }

    static LetterData of(Letter l, List<String> partnerRefs, Shape shape) {
        boolean identity = shape == Shape.IDENTITY;
        return new LetterData(
                identity ? l.getId() : null,
                identity ? l.getVersion() : null,
                l.getRef(),
                l.getUnitCode(),
                l.getDirection(),
                l.getDate(),
                l.getOccasion(),
                List.copyOf(partnerRefs),
                l.getSubject(),
                l.getNotes(),
                shape != Shape.EXPORT && l.getDocument() != null
                        ? l.getDocument().fileName()
                        : null);
    }
}
