package vn.doingoai.letter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.PageFormat;
import vn.doingoai.web.Texts;

/** A partner's page lists the letters exchanged with it. */
@Configuration(proxyBeanMethods = false)
class LetterPartnerLinks {

    @Bean
    PartnerLinks lettersOfPartner(
            Letters letters, LetterRepository repository, UnitNames unitNames, PageFormat format, Texts texts) {
        return PartnerLinks.of(
                letters::ofPartner,
                repository::unitsNaming,
                l -> new LinkedRecord(
                        "nav.letters",
                        l.subject(),
                        texts.of("letter.direction." + l.direction()) + " · " + unitNames.label(l.unit()) + " · "
                                + format.date(l.date()),
                        "/letters/" + l.id()));
    }
}
