package vn.doingoai.delegation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doingoai.agreement.AgreementRef;
import vn.doingoai.agreement.Agreements;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;

/**
 * What a delegation's data shape needs besides the delegation: the refs of its partners, of the
 * agreement and of the policy document it carries out, looked up for many delegations at once (one
 * query each).
 */
@Component
class DelegationRefs {

    private final Partners partners;
    private final Agreements agreements;
    private final DelegationDocuments policyDocuments;

    DelegationRefs(Partners partners, Agreements agreements, DelegationDocuments policyDocuments) {
        this.partners = partners;
        this.agreements = agreements;
        this.policyDocuments = policyDocuments;
    }

    /** Whether the policy document the data names exists (or none is named). */
    boolean knownDocument(DelegationData data) {
        return policyDocuments.known(data);
    }

    /** Links the delegation to the policy document the data names, or to none. */
    void linkDocument(Delegation d, DelegationData data) {
        policyDocuments.link(d, data);
    }

    /** Remembers on each delegation its agreement's ref, and answers the refs of their partners by id. */
    Map<Long, PartnerRef> of(Collection<Delegation> delegations) {
        Set<Long> agreementIds = new HashSet<>();
        Set<Long> partnerIds = new HashSet<>();
        delegations.forEach(d -> {
            partnerIds.addAll(d.getPartnerIds());
            if (d.getAgreementId() != null) {
                agreementIds.add(d.getAgreementId());
            }
        });
        policyDocuments.remember(delegations);
        Map<Long, AgreementRef> refs = agreements.refs(agreementIds);
        delegations.forEach(d -> {
            AgreementRef agreement = d.getAgreementId() == null ? null : refs.get(d.getAgreementId());
            d.linkAgreement(d.getAgreementId(), agreement == null ? null : agreement.ref());
        });
        return partners.refs(partnerIds);
    }

    /** Remembers the refs on one delegation, for its history and search text. */
    Delegation remembered(Delegation d) {
        d.rememberPartnerRefs(of(List.of(d)));
        return d;
    }

    /** The data shapes of these delegations, with their identity for the API and pages or without for exports. */
    List<DelegationData> data(List<Delegation> delegations, boolean withIdentity) {
        Map<Long, PartnerRef> refs = of(delegations);
        return delegations.stream()
                .map(d -> DelegationData.of(d, refs, withIdentity))
                .toList();
    }
}
