package vn.doingoai.direction;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;

/**
 * A policy document in the shape of the dataset document and the API: {@code {"ref": "k1", "unit":
 * "19", "kind": "PLAN", "number": "108/KH-UBND", "issuedOn": "2021-06-10", "title": "...", "tasks":
 * [...]}}, with its {@code issuer} (UBND tỉnh, Sở Ngoại vụ) and {@code summary}. With identity (the
 * API) it carries {@code id}, {@code version} and, read only, the signed {@code file}'s name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotNull DocumentKind kind,
        @NotBlank @PlainText(max = 100) String number,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
        @PlainText(max = 300) String issuer,
        @NotBlank @PlainText(max = 1000) String title,
        @PlainText(max = 4000) String summary,
        List<@Valid TaskData> tasks,
        @PlainText(max = 300) String file)
        implements RecordData {

    /** The tasks given, but the rows left empty on a form, with their places in {@link #tasks()}. */
    List<Integer> taskIndexes() {
        List<Integer> indexes = new java.util.ArrayList<>();
        for (int i = 0; tasks != null && i < tasks.size(); i++) {
            if (tasks.get(i) != null && !tasks.get(i).isBlank()) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    enum Shape {
        /** The API: with id, version, the tasks' ids and the signed file's name. */
        IDENTITY,
        /** The dataset document: the record's own data only. */
        EXPORT,
        /** The history: the record's data and its signed file. */
        HISTORY
    }

    static DocumentData of(PolicyDocument d, Shape shape) {
        boolean identity = shape == Shape.IDENTITY;
        return new DocumentData(
                identity ? d.getId() : null,
                identity ? d.getVersion() : null,
                d.getRef(),
                d.getUnitCode(),
                d.getKind(),
                d.getNumber(),
                d.getIssuedOn(),
                d.getIssuer(),
                d.getTitle(),
                d.getSummary(),
                d.getTasks().stream().map(t -> t.data(shape)).toList(),
                shape != Shape.EXPORT && d.getFile() != null ? d.getFile().fileName() : null);
    }
}
