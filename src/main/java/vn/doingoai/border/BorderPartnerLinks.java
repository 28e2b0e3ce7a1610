package vn.doingoai.border;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.PageFormat;

/** A foreign locality's page lists the communes paired with it. */
@Configuration(proxyBeanMethods = false)
class BorderPartnerLinks {

    @Bean
    PartnerLinks pairsOfPartner(
            FriendshipPairs pairs, FriendshipPairRepository repository, UnitNames unitNames, PageFormat format) {
        return PartnerLinks.of(
                pairs::ofPartner,
                repository::unitsNaming,
                p -> new LinkedRecord(
                        "nav.friendshipPairs",
                        unitNames.label(p.unit()),
                        format.dates(p.establishedOn(), p.endedOn()),
                        "/friendship-pairs/" + p.id()));
    }
}
