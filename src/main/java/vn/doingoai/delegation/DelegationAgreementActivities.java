package vn.doingoai.delegation;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.doingoai.agreement.AgreementActivities;
import vn.doingoai.agreement.AgreementActivities.Activity;
import vn.doingoai.common.Countries;

/** An agreement's page lists the delegations that carry it out, with their countries. */
@Configuration(proxyBeanMethods = false)
class DelegationAgreementActivities {

    @Bean
    AgreementActivities delegationsOfAgreement(DelegationBook delegations) {
        return AgreementActivities.of(
                delegations::ofAgreement,
                d -> new Activity(
                        "nav.delegations",
                        d.title(),
                        d.startDate(),
                        String.join(
                                ", ",
                                (d.countries() == null ? List.<String>of() : d.countries())
                                        .stream()
                                                .map(c -> Countries.name(c, LocaleContextHolder.getLocale()))
                                                .toList()),
                        "/delegations/" + d.id()));
    }
}
