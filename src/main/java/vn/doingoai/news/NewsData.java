package vn.doingoai.news;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.Approval;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;

/**
 * A news item in the shape of the dataset document and the API: {@code {"ref": "n1", "unit": "19",
 * "language": "vi", "title": "...", "summary": "...", "body": "...", "publishedOn": "2021-10-20",
 * "status": "PUBLISHED"}}, with the records it reports ({@code agreement}, {@code delegation},
 * {@code event}: refs, or on input ids) and {@code publishedBy} (the approver who published it).
 * {@code body} is HTML, cleaned when saved ({@link NewsBody}). With identity (the API) it also
 * carries {@code id}, {@code version} and, read only, the {@code picture}'s file name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewsData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotBlank @Pattern(regexp = "vi|en", message = "{news.language.invalid}") @PlainText(max = 2) String language,
        @NotBlank @PlainText(max = 500) String title,
        @PlainText(max = 2000) String summary,
        @PlainText(max = NewsBody.MAX) String body,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
        NewsStatus status,
        @PlainText(max = 200) String agreement,
        @PlainText(max = 200) String delegation,
        @PlainText(max = 200) String event,
        @PlainText(max = 300) String picture,
        @PlainText(max = 100) String publishedBy)
        implements RecordData {

    /** The languages a news item is written in. */
    static final java.util.List<String> LANGUAGES = java.util.List.of("vi", "en");

    /** The publication the data names: only its approver. */
    public Approval approval() {
        return Approval.of(null, null, publishedBy);
    }

    enum Shape {
        /** The API and the pages: with id, version and the picture's name. */
        IDENTITY,
        /** The dataset document: the record's own data only. */
        EXPORT,
        /** The history: the record's data and its picture. */
        HISTORY
    }

    static NewsData of(NewsItem n, NewsLinks.Refs refs, Shape shape) {
        boolean identity = shape == Shape.IDENTITY;
        return new NewsData(
                identity ? n.getId() : null,
                identity ? n.getVersion() : null,
                n.getRef(),
                n.getUnitCode(),
                n.getLanguage(),
                n.getTitle(),
                n.getSummary(),
                n.getBody(),
                n.getPublishedOn(),
                n.getStatus(),
                refs.agreement(),
                refs.delegation(),
                refs.event(),
                shape != Shape.EXPORT && n.getPicture() != null ? n.getPicture().fileName() : null,
                n.getApproval().by());
    }

    /** A new item of a unit, as the form starts it. */
    static NewsData draft(String unit) {
        return new NewsData(
                null, null, null, unit, "vi", "", null, null, null, NewsStatus.DRAFT, null, null, null, null, null);
    }
}
