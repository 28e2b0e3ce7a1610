package vn.doingoai.ngo;

import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** Registrations in the global search: by the NGO's name, the number and the area of work. */
@Component
class NgoRegistrationSearch extends RecordSearch<NgoRegistration> {

    private final NgoRegistrations registrations;
    private final MessageSource messages;

    NgoRegistrationSearch(
            NgoRegistrationRepository repository,
            NgoRegistrations registrations,
            HitText text,
            MessageSource messages) {
        super(
                "nav.ngoRegistrations",
                "/ngo-registrations/",
                repository,
                Sort.by(Sort.Direction.DESC, "validFrom"),
                text);
        this.registrations = registrations;
        this.messages = messages;
    }

    @Override
    protected Function<NgoRegistration, Hit> shown(List<NgoRegistration> found) {
        var ngos = registrations.ngos(found);
        return r -> new Hit(
                (ngos.get(r.getNgoId()) == null ? "" : ngos.get(r.getNgoId()).displayName() + " · ")
                        + messages.getMessage("ngo.kind." + r.getKind(), null, LocaleContextHolder.getLocale()),
                text.unit(r.getUnitCode()) + (r.getNumber() == null ? "" : " · " + r.getNumber()));
    }
}
