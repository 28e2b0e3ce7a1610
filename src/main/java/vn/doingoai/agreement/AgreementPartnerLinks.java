package vn.doingoai.agreement;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.unit.UnitNames;

/** A partner's page lists the agreements signed with it. */
@Component
class AgreementPartnerLinks implements PartnerLinks {

    private final Agreements agreements;
    private final UnitNames unitNames;

    AgreementPartnerLinks(Agreements agreements, UnitNames unitNames) {
        this.agreements = agreements;
        this.unitNames = unitNames;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        return agreements.byPartner(partnerId).stream()
                .map(a -> new LinkedRecord(
                        "nav.agreements",
                        a.title(),
                        unitNames.label(a.unit())
                                + (a.signedOn() == null ? "" : " · " + VietnameseFormat.date(a.signedOn())),
                        a.link()))
                .toList();
    }
}
