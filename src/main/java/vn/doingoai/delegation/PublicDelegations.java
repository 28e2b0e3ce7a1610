package vn.doingoai.delegation;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.unit.UnitScope;

/**
 * The public view of delegations, for the public site: only delegations approved or done, and only
 * what {@link PublicDelegation} holds. Reads without a signed-in user.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("public")
public class PublicDelegations {

    private final DelegationRepository repository;

    PublicDelegations(DelegationRepository repository) {
        this.repository = repository;
    }

    /** A delegation of these units, when it is approved or done. */
    public Optional<PublicDelegation> find(UnitScope scope, Long id) {
        return id == null
                ? Optional.empty()
                : repository
                        .findById(id)
                        .filter(d -> scope.contains(d.getUnitCode()))
                        .filter(d -> DelegationStatus.COUNTED.contains(d.getStatus()))
                        .map(d -> new PublicDelegation(
                                d.getId(),
                                d.getTitle(),
                                d.getDirection().name(),
                                java.util.List.copyOf(d.getCountries()),
                                d.getStartDate(),
                                d.getEndDate()));
    }
}
