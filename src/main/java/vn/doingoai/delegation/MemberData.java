package vn.doingoai.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.doingoai.common.Text;

/** A member of a delegation: {@code {"name": ..., "position": ..., "organization": ...}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberData(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) String position,
        @Size(max = 500) String organization) {

    boolean isBlank() {
        return Text.isBlank(name) && Text.isBlank(position) && Text.isBlank(organization);
    }
}
