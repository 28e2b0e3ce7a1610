package vn.doingoai.agreement;

import java.time.LocalDate;

/** What other modules know of an agreement: enough to show and link it. */
public record AgreementRef(Long id, String ref, String unit, String title, LocalDate signedOn, AgreementStatus status) {

    public String link() {
        return "/agreements/" + id;
    }
}
