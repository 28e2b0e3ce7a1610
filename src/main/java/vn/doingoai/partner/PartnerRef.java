package vn.doingoai.partner;

/** What other modules know of a partner: enough to show and link it. */
public record PartnerRef(Long id, String ref, PartnerKind kind, String name, String nameVi, String country) {

    /** The Vietnamese name where there is one, else the original. */
    public String displayName() {
        return nameVi == null || nameVi.isBlank() ? name : nameVi;
    }

    public String link() {
        return "/partners/" + id;
    }
}
