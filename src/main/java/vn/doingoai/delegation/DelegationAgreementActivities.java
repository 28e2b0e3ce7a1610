package vn.doingoai.delegation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.agreement.AgreementActivities;

/** An agreement's page lists the delegations that carry it out. */
@Component
class DelegationAgreementActivities implements AgreementActivities {

    private final Delegations delegations;

    DelegationAgreementActivities(Delegations delegations) {
        this.delegations = delegations;
    }

    @Override
    public List<Activity> activitiesOf(Long agreementId) {
        return delegations.ofAgreement(agreementId).stream()
                .map(d -> new Activity(
                        "nav.delegations",
                        d.title(),
                        d.startDate(),
                        String.join(", ", d.countries() == null ? List.of() : d.countries()),
                        "/delegations/" + d.id()))
                .toList();
    }
}
