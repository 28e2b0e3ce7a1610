package vn.doingoai.publicsite;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import vn.doingoai.common.PlainText;

/**
 * A province's public profile as its form edits it: the foreign-affairs office's name, address,
 * phone, e-mail and website, and a short presentation of the province in Vietnamese and in English.
 */
public record ProfileData(
        @PlainText(max = 40) String unit,
        Long version,
        @PlainText(max = 300) String officeName,
        @PlainText(max = 500) String address,
        @PlainText(max = 50) String phone,
        @Email @PlainText(max = 200) String email,
        @Pattern(regexp = "(https?://\\S+)?", message = "{publicsite.website.invalid}") @PlainText(max = 300)
                String website,
        @PlainText(max = 4000) String presentationVi,
        @PlainText(max = 4000) String presentationEn) {

    static ProfileData empty(String unit) {
        return new ProfileData(unit, null, null, null, null, null, null, null, null);
    }

    /** The presentation in a language ({@code en} or else Vietnamese). */
    String presentation(String language) {
        return "en".equals(language) ? presentationEn : presentationVi;
    }
}
