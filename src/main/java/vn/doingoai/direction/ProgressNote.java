package vn.doingoai.direction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;

/** A dated note on a task's progress: {@code {"date": "2023-05-02", "by": "sngv24", "text": "..."}}. */
@Embeddable
public record ProgressNote(
        @Column(name = "noted_on", nullable = false) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate date,
        @Column(name = "noted_by", length = 100) @PlainText(max = 100) String by,
        @Column(name = "note_text", nullable = false, length = 2000) @NotBlank @PlainText(max = 2000) String text) {}
