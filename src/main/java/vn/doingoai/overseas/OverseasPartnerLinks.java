package vn.doingoai.overseas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.PageFormat;

/**
 * A partner's page lists the donations it gave; an association's page also leads to its own page,
 * with the donations' totals and its events.
 */
@Component
class OverseasPartnerLinks implements PartnerLinks {

    private final OverseasDonations donations;
    private final Associations associations;
    private final OverseasDonationRepository repository;
    private final UnitNames unitNames;
    private final PageFormat format;
    private final MessageSource messages;

    OverseasPartnerLinks(
            OverseasDonations donations,
            Associations associations,
            OverseasDonationRepository repository,
            UnitNames unitNames,
            PageFormat format,
            MessageSource messages) {
        this.donations = donations;
        this.associations = associations;
        this.repository = repository;
        this.unitNames = unitNames;
        this.format = format;
        this.messages = messages;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        List<LinkedRecord> linked = new ArrayList<>();
        if (associations.isAssociation(partnerId)) {
            linked.add(new LinkedRecord(
                    "nav.overseas",
                    messages.getMessage("overseas.association.page", null, LocaleContextHolder.getLocale()),
                    "",
                    "/overseas/associations/" + partnerId));
        }
        donations
                .ofDonor(partnerId)
                .forEach(d -> linked.add(new LinkedRecord(
                        "nav.overseasDonations",
                        format.amount(d.data().value())
                                + (d.data().purpose() == null
                                        ? ""
                                        : " · " + d.data().purpose()),
                        unitNames.label(d.data().unit()) + " · "
                                + format.date(d.data().receivedOn()),
                        "/overseas-donations/" + d.data().id())));
        return linked;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> unitsUsing(Long partnerId) {
        return repository.unitsNaming(partnerId);
    }
}
