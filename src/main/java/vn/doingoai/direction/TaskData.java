package vn.doingoai.direction;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;

/**
 * A task of a policy document, in the document's {@code tasks}: {@code {"ref": "k1-t1", "assignee":
 * "19-SNGV", "title": "...", "dueOn": "2021-09-30", "doneOn": null}}, with its progress {@code notes}.
 * The assignee is the document's unit or an agency or commune under it; {@code doneOn} is null while
 * the task is open. On input, {@code notes} left out keep the task's notes; {@code id} is the API's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskData(
        Long id,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String assignee,
        @NotBlank @PlainText(max = 1000) String title,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
        @JsonInclude(JsonInclude.Include.ALWAYS) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
        List<@Valid ProgressNote> notes) {

    /** A row the form offered and the officer left empty (the service skips it). */
    boolean isBlank() {
        return (ref == null || ref.isBlank())
                && (assignee == null || assignee.isBlank())
                && (title == null || title.isBlank())
                && dueOn == null
                && doneOn == null;
    }

    /** Open and due before {@code day}. */
    public boolean overdueOn(LocalDate day) {
        return doneOn == null && dueOn != null && dueOn.isBefore(day);
    }
}
