package vn.doingoai.overseas;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.PageFormat;
import vn.doingoai.web.Texts;

/**
 * A partner's page lists the donations it gave; an association's page also leads to its own page,
 * with the donations' totals and its events.
 */
@Configuration(proxyBeanMethods = false)
class OverseasPartnerLinks {

    /** An association's own page, first; it is no record of a unit. */
    @Bean
    PartnerLinks associationPage(Associations associations, Texts texts) {
        return PartnerLinks.of(
                id -> associations.isAssociation(id) ? List.of(id) : List.of(),
                id -> Set.of(),
                id -> new LinkedRecord(
                        "nav.overseas", texts.of("overseas.association.page"), "", "/overseas/associations/" + id));
    }

    @Bean
    PartnerLinks donationsOfDonor(
            OverseasDonations donations,
            OverseasDonationRepository repository,
            UnitNames unitNames,
            PageFormat format) {
        return PartnerLinks.of(
                donations::ofDonor,
                repository::unitsNaming,
                d -> new LinkedRecord(
                        "nav.overseasDonations",
                        format.amount(d.data().value())
                                + (d.data().purpose() == null
                                        ? ""
                                        : " · " + d.data().purpose()),
                        unitNames.label(d.data().unit()) + " · "
                                + format.date(d.data().receivedOn()),
                        "/overseas-donations/" + d.data().id()));
    }
}
