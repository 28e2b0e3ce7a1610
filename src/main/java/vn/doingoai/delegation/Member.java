package vn.doingoai.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member as kept: the names as written, and the person they are. */
@Embeddable
record Member(
        @Column(name = "name", length = 300) String name,
        @Column(name = "position", length = 300) String position,
        @Column(name = "organization", length = 500) String organization,
        @Column(name = "person_id") Long personId) {

    MemberData data() {
        return new MemberData(name, position, organization);
    }
}
