package vn.doingoai.agreement;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.partner.PartnerLinks;

/** A partner's page lists the agreements signed with it. */
@Component
class AgreementPartnerLinks implements PartnerLinks {

    private final Agreements agreements;
    private final AgreementRepository repository;

    AgreementPartnerLinks(Agreements agreements, AgreementRepository repository) {
        this.repository = repository;
        this.agreements = agreements;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        return agreements.byPartner(partnerId).stream()
                .map(a -> new LinkedRecord(
                        "nav.agreements",
                        a.title(),
                        a.unit() + (a.signedOn() == null ? "" : " · " + a.signedOn()),
                        a.link()))
                .toList();
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Set<String> unitsUsing(Long partnerId) {
        return repository.unitsNaming(partnerId);
    }
}
