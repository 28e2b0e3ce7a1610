package vn.doingoai.border;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.PageFormat;

/** A foreign locality's page lists the communes paired with it. */
@Component
class BorderPartnerLinks implements PartnerLinks {

    private final FriendshipPairs pairs;
    private final FriendshipPairRepository repository;
    private final UnitNames unitNames;
    private final PageFormat format;

    BorderPartnerLinks(
            FriendshipPairs pairs, FriendshipPairRepository repository, UnitNames unitNames, PageFormat format) {
        this.pairs = pairs;
        this.repository = repository;
        this.unitNames = unitNames;
        this.format = format;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        return pairs.ofPartner(partnerId).stream()
                .map(p -> new LinkedRecord(
                        "nav.friendshipPairs",
                        unitNames.label(p.unit()),
                        format.dates(p.establishedOn(), p.endedOn()),
                        "/friendship-pairs/" + p.id()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> unitsUsing(Long partnerId) {
        return repository.unitsNaming(partnerId);
    }
}
