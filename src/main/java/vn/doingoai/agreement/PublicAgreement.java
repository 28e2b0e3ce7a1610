package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public pages may show of a signed agreement: its title, its partners (name and country
 * only), its fields of cooperation and its dates. Never its signatory, notes, decision, approver or
 * document, nor a partner's contacts.
 *
 * @param fields the {@code CooperationField}s' names (labels: {@code agreement.field.<name>})
 */
@org.springframework.modulith.NamedInterface("public")
public record PublicAgreement(
        Long id,
        String title,
        List<Partner> partners,
        List<String> fields,
        LocalDate signedOn,
        LocalDate validFrom,
        LocalDate validTo) {

    /** A partner of the agreement: its name in its own language, its Vietnamese name and its country. */
    public record Partner(String name, String nameVi, String country) {}
}
