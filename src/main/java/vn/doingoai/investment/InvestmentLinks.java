package vn.doingoai.investment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;

/** A partner's page lists the projects it invests in. */
@Configuration(proxyBeanMethods = false)
class InvestmentLinks {

    @Bean
    PartnerLinks projectsOfInvestor(InvestmentBook investments, InvestmentRepository repository) {
        return PartnerLinks.of(
                investments::ofInvestor,
                repository::unitsNaming,
                i -> new LinkedRecord(
                        "nav.investments",
                        i.name(),
                        VietnameseFormat.date(i.registeredOn()) + " · "
                                + VietnameseFormat.amount(i.capital(), LocaleContextHolder.getLocale()),
                        "/investments/" + i.id()));
    }
}
