package vn.doingoai.border;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.Text;
import vn.doingoai.partner.PartnerKind;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/**
 * The friendship pairs' lookups: the foreign localities they name, the pairs of a locality (its
 * page) and those established in a period (the report). Their keeping is {@link FriendshipPairBook}.
 */
@Component
class FriendshipPairs {

    private final FriendshipPairRepository repository;
    private final Partners partners;
    private final Access access;

    FriendshipPairs(FriendshipPairRepository repository, Partners partners, Access access) {
        this.repository = repository;
        this.partners = partners;
        this.access = access;
    }

    /** The partners of these pairs, by id, in one lookup. */
    Map<Long, PartnerRef> partnersOf(Collection<FriendshipPair> pairs) {
        return partners.refs(pairs.stream().map(FriendshipPair::getPartnerId).collect(Collectors.toSet()));
    }

    static FriendshipPairData data(FriendshipPair p, Map<Long, PartnerRef> refs, boolean withIdentity) {
        PartnerRef partner = refs.get(p.getPartnerId());
        return FriendshipPairData.of(p, partner == null ? null : partner.ref(), withIdentity);
    }

    /** The foreign locality a pair names: it must exist and be a {@code FOREIGN_LOCALITY}; problems at {@code partner}. */
    Optional<PartnerRef> resolvePartner(String idOrRef, Consumer<FieldProblem> problem) {
        if (Text.isBlank(idOrRef)) {
            return Optional.empty();
        }
        Optional<PartnerRef> partner = partners.resolve(idOrRef);
        if (partner.isEmpty()) {
            problem.accept(new FieldProblem("partner", "validation.ref.unknown"));
        } else if (partner.get().kind() != PartnerKind.FOREIGN_LOCALITY) {
            problem.accept(new FieldProblem("partner", "border.pair.partner.notLocality"));
            return Optional.empty();
        }
        return partner;
    }

    /** The foreign localities, the only partners a pair may have (the forms' and the filter's choices). */
    List<PartnerRef> localities() {
        return partners.choices().stream()
                .filter(p -> p.kind() == PartnerKind.FOREIGN_LOCALITY)
                .toList();
    }

    /** The pairs of a foreign locality that the current user may see. */
    @Transactional(readOnly = true)
    List<FriendshipPairData> ofPartner(Long partnerId) {
        UnitScope readable = access.readable();
        List<FriendshipPair> all = repository.findByPartnerIdOrderByEstablishedOnDesc(partnerId).stream()
                .filter(p -> readable.contains(p.getUnitCode()))
                .toList();
        Map<Long, PartnerRef> refs = partnersOf(all);
        return all.stream().map(p -> data(p, refs, true)).toList();
    }

    /** How many pairs of a scope were established in a period and still hold on its last day (the report's new ones). */
    @Transactional(readOnly = true)
    long establishedIn(UnitScope scope, LocalDate from, LocalDate to) {
        return repository.count(Specification.<FriendshipPair>where(scope.specification(false))
                .and((root, q, cb) -> cb.and(
                        cb.between(root.get("establishedOn"), from, to),
                        cb.or(cb.isNull(root.get("endedOn")), cb.greaterThan(root.get("endedOn"), to)))));
    }
}
