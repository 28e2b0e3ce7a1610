package vn.doingoai.delegation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;
import vn.doingoai.web.Texts;

/** A partner's page lists the delegations naming it that the reader may see. */
@Configuration(proxyBeanMethods = false)
class DelegationPartnerLinks {

    @Bean
    PartnerLinks delegationsOfPartner(DelegationRepository repository, Access access, Texts texts) {
        return PartnerLinks.of(
                partnerId -> {
                    UnitScope scope = access.readable();
                    return repository.findByPartner(partnerId, scope.all(), scope.codesForQuery());
                },
                repository::unitsNaming,
                d -> new LinkedRecord(
                        "nav.delegations",
                        d.getTitle(),
                        DelegationSearch.DATE.format(d.getStartDate())
                                + (d.getEndDate() == null ? "" : " – " + DelegationSearch.DATE.format(d.getEndDate()))
                                + " · " + texts.of("delegation.direction." + d.getDirection())
                                + " · " + texts.of("delegation.status." + d.getStatus()),
                        "/delegations/" + d.getId()));
    }
}
