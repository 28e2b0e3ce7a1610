package vn.doingoai.agreement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.unit.UnitNames;

/** A partner's page lists the agreements signed with it. */
@Configuration(proxyBeanMethods = false)
class AgreementPartnerLinks {

    @Bean
    PartnerLinks agreementsOfPartner(Agreements agreements, AgreementRepository repository, UnitNames unitNames) {
        return PartnerLinks.of(agreements::byPartner, repository::unitsNaming, a -> {
            String signed = a.signedOn() == null ? "" : " · " + VietnameseFormat.date(a.signedOn());
            return new LinkedRecord("nav.agreements", a.title(), unitNames.label(a.unit()) + signed, a.link());
        });
    }
}
