package vn.doingoai.ngo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.PageFormat;
import vn.doingoai.web.Texts;

/** An NGO's page lists its registrations in the provinces. */
@Configuration(proxyBeanMethods = false)
class NgoPartnerLinks {

    @Bean
    PartnerLinks registrationsOfNgo(
            NgoRegistrations registrations,
            NgoRegistrationRepository repository,
            UnitNames unitNames,
            PageFormat format,
            Texts texts) {
        return PartnerLinks.of(
                registrations::ofNgo,
                repository::unitsNaming,
                r -> new LinkedRecord(
                        "nav.ngoRegistrations",
                        texts.of("ngo.kind." + r.kind()) + (r.number() == null ? "" : " " + r.number()),
                        unitNames.label(r.unit()) + " · " + format.dates(r.validFrom(), r.validTo()),
                        "/ngo-registrations/" + r.id()));
    }
}
