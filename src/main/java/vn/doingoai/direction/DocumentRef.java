package vn.doingoai.direction;

import java.time.LocalDate;

/** What other modules know of a policy document: enough to name and link it ("Kế hoạch số 108/KH-UBND"). */
public record DocumentRef(
        Long id, String ref, String unit, DocumentKind kind, String number, LocalDate issuedOn, String title) {

    public String link() {
        return "/documents/" + id;
    }

    /** The message key of its kind's name: {@code document.kind.PLAN}. */
    public String kindKey() {
        return "document.kind." + kind.name();
    }

    static DocumentRef of(PolicyDocument d) {
        return new DocumentRef(
                d.getId(), d.getRef(), d.getUnitCode(), d.getKind(), d.getNumber(), d.getIssuedOn(), d.getTitle());
    }
}
