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
    private final AgreementRepository repository;
    private final UnitNames unitNames;

    AgreementPartnerLinks(Agreements agreements, AgreementRepository repository, UnitNames unitNames) {
        this.repository = repository;
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

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Set<String> unitsUsing(Long partnerId) {
        return repository.unitsNaming(partnerId);
    }
}
