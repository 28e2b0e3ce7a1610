package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.unit.UnitScope;

/**
 * The public view of agreements, for the public site: only signed agreements (an agreement still
 * proposed is not public), and only what {@link PublicAgreement} holds. Reads without a signed-in
 * user.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("public")
public class PublicAgreements {

    private final AgreementRepository repository;
    private final AgreementBook agreements;

    PublicAgreements(AgreementRepository repository, AgreementBook agreements) {
        this.repository = repository;
        this.agreements = agreements;
    }

    /** The agreements of these units in force on {@code day}, the latest signed first. */
    public List<PublicAgreement> inForce(UnitScope scope, LocalDate day) {
        List<Agreement> all = repository.findAll(
                Specification.<Agreement>where(scope.specification(false)).and(Agreements.inForceOn(day)),
                Sort.by(Sort.Direction.DESC, "signedOn", "id"));
        Map<Long, PartnerRef> partners = agreements.partnerRefs(all);
        return all.stream().map(a -> view(a, partners)).toList();
    }

    /** A signed (or since terminated) agreement of these units. */
    public Optional<PublicAgreement> find(UnitScope scope, Long id) {
        return (id == null ? Optional.<Agreement>empty() : repository.findById(id))
                .filter(a -> scope.contains(a.getUnitCode()))
                .filter(a -> a.getStatus() != AgreementStatus.PROPOSED)
                .map(a -> view(a, agreements.partnerRefs(List.of(a))));
    }

    private static PublicAgreement view(Agreement a, Map<Long, PartnerRef> partners) {
        return new PublicAgreement(
                a.getId(),
                a.getTitle(),
                a.getPartnerIds().stream()
                        .map(partners::get)
                        .filter(p -> p != null)
                        .map(p -> new PublicAgreement.Partner(p.name(), p.nameVi(), p.country()))
                        .toList(),
                a.getFields().stream().map(Enum::name).toList(),
                a.getSignedOn(),
                a.getValidFrom(),
                a.getValidTo());
    }
}
