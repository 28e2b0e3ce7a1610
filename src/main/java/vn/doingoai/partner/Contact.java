package vn.doingoai.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import vn.doingoai.common.PlainText;

/** A person to contact at a partner. */
@Embeddable
public record Contact(
        @Column(name = "name", length = 200) @PlainText(max = 200) String name,
        @Column(name = "position", length = 200) @PlainText(max = 200) String position,
        @Column(name = "email", length = 200) @Email @PlainText(max = 200) String email,
        @Column(name = "phone", length = 50) @PlainText(max = 50) String phone) {

    boolean isBlank() {
        return (name == null || name.isBlank())
                && (email == null || email.isBlank())
                && (phone == null || phone.isBlank());
    }
}
