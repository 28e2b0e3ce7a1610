package vn.doingoai.delegation;

import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.doingoai.agreement.AgreementActivities;
import vn.doingoai.common.Countries;

/** An agreement's page lists the delegations that carry it out. */
@Component
class DelegationAgreementActivities implements AgreementActivities {

    private final DelegationBook delegations;

    DelegationAgreementActivities(DelegationBook delegations) {
        this.delegations = delegations;
    }

    @Override
    public List<Activity> activitiesOf(Long agreementId) {
        return delegations.ofAgreement(agreementId).stream()
                .map(d -> new Activity(
                        "nav.delegations",
                        d.title(),
                        d.startDate(),
                        String.join(
                                ", ",
                                (d.countries() == null ? List.<String>of() : d.countries())
                                        .stream()
                                                .map(c -> Countries.name(c, LocaleContextHolder.getLocale()))
                                                .toList()),
                        "/delegations/" + d.id()))
                .toList();
    }
}
