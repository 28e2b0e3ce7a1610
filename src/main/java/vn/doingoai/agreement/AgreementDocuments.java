package vn.doingoai.agreement;

import org.springframework.stereotype.Component;
import vn.doingoai.direction.DocumentActivities.Activity;
import vn.doingoai.direction.DocumentLinks;
import vn.doingoai.direction.PolicyDocuments;
import vn.doingoai.user.Access;

/**
 * The policy document an agreement carries out ({@code policyDocument}, a ref or an id): resolved on
 * writes, its ref remembered on reads, and the agreements listed on the document's page.
 */
@Component
class AgreementDocuments extends DocumentLinks<Agreement, AgreementData> {

    AgreementDocuments(PolicyDocuments documents, AgreementRepository repository, Access access) {
        super(
                documents,
                repository,
                access,
                AgreementData::policyDocument,
                "signedOn",
                r -> new Activity("nav.agreements", r.getTitle(), r.getSignedOn(), "/agreements/" + r.getId()));
    }
}
