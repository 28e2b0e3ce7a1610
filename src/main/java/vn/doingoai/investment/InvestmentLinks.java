package vn.doingoai.investment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.web.PageFormat;

/** A partner's page lists the projects it invests in. */
@Configuration(proxyBeanMethods = false)
class InvestmentLinks {

    @Bean
    PartnerLinks projectsOfInvestor(InvestmentBook investments, InvestmentRepository repository, PageFormat format) {
        return PartnerLinks.of(
                investments::ofInvestor,
                repository::unitsNaming,
                i -> new LinkedRecord(
                        "nav.investments",
                        i.name(),
                        format.date(i.registeredOn()) + " · " + format.amount(i.capital()),
                        "/investments/" + i.id()));
    }
}
