package vn.doingoai.publicsite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.doingoai.common.Text;

/** A province's public profile: its foreign-affairs office's contact and a short presentation in both languages. */
@Entity
@Table(name = "public_profile")
class PublicProfile {

    @Id
    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Version
    private Long version;

    @Column(name = "office_name", length = 300)
    private String officeName;

    @Column(length = 500)
    private String address;

    @Column(length = 50)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 300)
    private String website;

    @Column(name = "presentation_vi", length = 4000)
    private String presentationVi;

    @Column(name = "presentation_en", length = 4000)
    private String presentationEn;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected PublicProfile() {}

    PublicProfile(String unitCode) {
        this.unitCode = unitCode;
    }

    String getUnitCode() {
        return unitCode;
    }

    Long getVersion() {
        return version;
    }

    ProfileData data() {
        return new ProfileData(
                unitCode, version, officeName, address, phone, email, website, presentationVi, presentationEn);
    }

    void apply(ProfileData data, String user) {
        this.officeName = Text.blankToNull(data.officeName());
        this.address = Text.blankToNull(data.address());
        this.phone = Text.blankToNull(data.phone());
        this.email = Text.blankToNull(data.email());
        this.website = Text.blankToNull(data.website());
        this.presentationVi = Text.blankToNull(data.presentationVi());
        this.presentationEn = Text.blankToNull(data.presentationEn());
        this.updatedAt = Instant.now();
        this.updatedBy = user;
    }
}
