package vn.doingoai.letter;

import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.PageFormat;

/** A partner's page lists the letters exchanged with it. */
@Component
class LetterPartnerLinks implements PartnerLinks {

    private final Letters letters;
    private final LetterRepository repository;
    private final UnitNames unitNames;
    private final PageFormat format;
    private final MessageSource messages;

    LetterPartnerLinks(
            Letters letters,
            LetterRepository repository,
            UnitNames unitNames,
            PageFormat format,
            MessageSource messages) {
        this.letters = letters;
        this.repository = repository;
        this.unitNames = unitNames;
        this.format = format;
        this.messages = messages;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        return letters.ofPartner(partnerId).stream()
                .map(l -> new LinkedRecord(
                        "nav.letters",
                        l.subject(),
                        messages.getMessage("letter.direction." + l.direction(), null, LocaleContextHolder.getLocale())
                                + " · " + unitNames.label(l.unit()) + " · " + format.date(l.date()),
                        "/letters/" + l.id()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> unitsUsing(Long partnerId) {
        return repository.unitsNaming(partnerId);
    }
}
