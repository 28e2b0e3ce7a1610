package vn.doingoai.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.Text;

/** A member of a delegation: {@code {"name": ..., "position": ..., "organization": ...}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberData(
        @NotBlank @PlainText(max = 300) String name,
        @PlainText(max = 300) String position,
        @PlainText(max = 500) String organization) {

    boolean isBlank() {
        return Text.isBlank(name) && Text.isBlank(position) && Text.isBlank(organization);
    }
}
