package vn.doingoai.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** A person to contact at a partner. */
@Embeddable
public record Contact(
        @Column(name = "name", length = 200) @Size(max = 200) String name,
        @Column(name = "position", length = 200) @Size(max = 200) String position,
        @Column(name = "email", length = 200) @Email @Size(max = 200) String email,
        @Column(name = "phone", length = 50) @Size(max = 50) String phone) {

    boolean isBlank() {
        return (name == null || name.isBlank())
                && (email == null || email.isBlank())
                && (phone == null || phone.isBlank());
    }
}
