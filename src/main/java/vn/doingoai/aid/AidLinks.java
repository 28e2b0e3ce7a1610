package vn.doingoai.aid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;

/** A partner's page lists the aid it gives. */
@Configuration(proxyBeanMethods = false)
class AidLinks {

    @Bean
    PartnerLinks aidOfDonor(AidBook items, AidRepository repository) {
        return PartnerLinks.of(
                items::ofDonor,
                repository::unitsNaming,
                a -> new LinkedRecord(
                        "nav.aid",
                        a.title(),
                        VietnameseFormat.date(a.startDate()) + " – " + VietnameseFormat.date(a.endDate()),
                        "/aid/" + a.id()));
    }
}
