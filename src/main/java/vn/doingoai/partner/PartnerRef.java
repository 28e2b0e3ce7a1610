package vn.doingoai.partner;

import org.springframework.context.i18n.LocaleContextHolder;
import vn.doingoai.common.Countries;
import vn.doingoai.common.Text;
import vn.doingoai.web.Inputs;

/** What other modules know of a partner: enough to show and link it. */
public record PartnerRef(Long id, String ref, PartnerKind kind, String name, String nameVi, String country) {

    /** The Vietnamese name where there is one, else the original. */
    public String displayName() {
        return nameVi == null || nameVi.isBlank() ? name : nameVi;
    }

    public String link() {
        return "/partners/" + id;
    }

    /**
     * The partner as a picker's choice, "Tỉnh Xay Sổm Bun (Lào)": its ref, found by its names, ref
     * and country, and by its id.
     */
    public Inputs.Option option() {
        return new Inputs.Option(
                ref,
                displayName()
                        + (country == null
                                ? ""
                                : " (" + Countries.name(country, LocaleContextHolder.getLocale()) + ")"),
                Text.foldAll(name, nameVi, ref, country, Countries.name(country, LocaleContextHolder.getLocale())),
                String.valueOf(id));
    }
}
