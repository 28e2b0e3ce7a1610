package vn.doingoai.border;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** The keeping of friendship pairs for their pages, API and dataset section. */
@Service
@Transactional
class FriendshipPairBook
        extends BorderBook<FriendshipPair, FriendshipPairData, FriendshipPairFilter, Optional<PartnerRef>> {

    private final FriendshipPairs pairs;
    private final Partners partners;

    FriendshipPairBook(
            FriendshipPairRepository repository,
            FriendshipPairs pairs,
            Partners partners,
            BorderUnits borderUnits,
            Access access,
            Units units) {
        super(repository, borderUnits, access, units, FriendshipPair::new);
        this.pairs = pairs;
        this.partners = partners;
    }

    /** A pair with its foreign locality, as the list and the pair's page show it. */
    record View(FriendshipPairData data, PartnerRef partner) {

        public String partnerName() {
            return partner == null ? data.partner() : partner.displayName();
        }
    }

    @Override
    protected Specification<FriendshipPair> specification(FriendshipPairFilter filter) {
        Specification<FriendshipPair> spec = listed(filter.unit(), filter.q());
        if (!Text.isBlank(filter.partner())) {
            Long partnerId =
                    partners.resolve(filter.partner()).map(PartnerRef::id).orElse(-1L);
            spec = spec.and(RecordSpecs.equal("partnerId", partnerId));
        }
        if (filter.activeOn() != null) {
            LocalDate day = filter.activeOn();
            spec = spec.and((root, q, cb) -> cb.and(
                    cb.lessThanOrEqualTo(root.get("establishedOn"), day),
                    cb.or(cb.isNull(root.get("endedOn")), cb.greaterThan(root.get("endedOn"), day))));
        }
        return spec;
    }

    @Override
    protected List<FriendshipPairData> data(List<FriendshipPair> records) {
        Map<Long, PartnerRef> refs = pairs.partnersOf(records);
        return records.stream().map(p -> FriendshipPairs.data(p, refs, true)).toList();
    }

    @Transactional(readOnly = true)
    Page<View> views(FriendshipPairFilter filter, Pageable pageable) {
        Page<FriendshipPair> page = repository.findAll(specification(filter), pageable);
        Map<Long, PartnerRef> refs = pairs.partnersOf(page.getContent());
        return page.map(p -> view(p, refs));
    }

    @Transactional(readOnly = true)
    List<View> viewsAll(FriendshipPairFilter filter, Sort sort) {
        List<FriendshipPair> all = repository.findAll(specification(filter), sort);
        Map<Long, PartnerRef> refs = pairs.partnersOf(all);
        return all.stream().map(p -> view(p, refs)).toList();
    }

    @Transactional(readOnly = true)
    View view(Long id) {
        FriendshipPair p = get(id);
        return view(p, pairs.partnersOf(List.of(p)));
    }

    private static View view(FriendshipPair p, Map<Long, PartnerRef> refs) {
        return new View(FriendshipPairs.data(p, refs, true), refs.get(p.getPartnerId()));
    }

    @Override
    protected void remember(FriendshipPair p) {
        PartnerRef partner = pairs.partnersOf(List.of(p)).get(p.getPartnerId());
        p.remember(partner == null ? null : partner.ref(), partner == null ? null : partner.displayName());
    }

    @Override
    Optional<PartnerRef> resolve(FriendshipPairData data, Consumer<FieldProblem> problem) {
        return pairs.resolvePartner(data.partner(), problem);
    }

    @Override
    void apply(FriendshipPair p, FriendshipPairData data, Optional<PartnerRef> partner) {
        p.remember(partner.get().ref(), partner.get().displayName());
        p.apply(data, partner.get().id());
    }

    @Override
    Function<FriendshipPair, FriendshipPairData> documents(Collection<FriendshipPair> records) {
        Map<Long, PartnerRef> refs = pairs.partnersOf(records);
        return p -> FriendshipPairs.data(p, refs, false);
    }

    @Override
    FriendshipPairData document(FriendshipPair p, Optional<PartnerRef> partner) {
        return FriendshipPairData.of(p, partner.get().ref(), false);
    }

    /** A pair's partner is required, its end not before its start (its unit is {@link BorderBook}'s). */
    @Override
    List<FieldProblem> validate(FriendshipPairData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.partner())) {
            problems.add(new FieldProblem("partner", "validation.required"));
        }
        if (data.establishedOn() == null) {
            problems.add(new FieldProblem("establishedOn", "validation.required"));
        } else if (data.endedOn() != null && data.endedOn().isBefore(data.establishedOn())) {
            problems.add(new FieldProblem("endedOn", "border.pair.endedBefore"));
        }
        return problems;
    }
}
