package vn.doingoai.delegation;

import org.springframework.stereotype.Component;
import vn.doingoai.direction.DocumentActivities.Activity;
import vn.doingoai.direction.DocumentLinks;
import vn.doingoai.direction.PolicyDocuments;
import vn.doingoai.user.Access;

/**
 * The policy document a delegation carries out ({@code document}, a ref or an id): resolved on
 * writes, its ref remembered on reads, and the delegations listed on the document's page.
 */
@Component
class DelegationDocuments extends DocumentLinks<Delegation, DelegationData> {

    DelegationDocuments(PolicyDocuments documents, DelegationRepository repository, Access access) {
        super(
                documents,
                repository,
                access,
                DelegationData::document,
                "startDate",
                r -> new Activity("nav.delegations", r.getTitle(), r.getStartDate(), "/delegations/" + r.getId()));
    }
}
