package vn.doingoai.ngo;

import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.PageFormat;

/** An NGO's page lists its registrations in the provinces. */
@Component
class NgoPartnerLinks implements PartnerLinks {

    private final NgoRegistrations registrations;
    private final NgoRegistrationRepository repository;
    private final UnitNames unitNames;
    private final PageFormat format;
    private final MessageSource messages;

    NgoPartnerLinks(
            NgoRegistrations registrations,
            NgoRegistrationRepository repository,
            UnitNames unitNames,
            PageFormat format,
            MessageSource messages) {
        this.registrations = registrations;
        this.repository = repository;
        this.unitNames = unitNames;
        this.format = format;
        this.messages = messages;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        return registrations.ofNgo(partnerId).stream()
                .map(r -> new LinkedRecord(
                        "nav.ngoRegistrations",
                        messages.getMessage("ngo.kind." + r.kind(), null, LocaleContextHolder.getLocale())
                                + (r.number() == null ? "" : " " + r.number()),
                        unitNames.label(r.unit()) + " · " + format.dates(r.validFrom(), r.validTo()),
                        "/ngo-registrations/" + r.id()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> unitsUsing(Long partnerId) {
        return repository.unitsNaming(partnerId);
    }
}
