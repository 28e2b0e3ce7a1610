package vn.doingoai.aid;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;

/** A partner's page lists the aid it gives. */
@Component
class AidLinks implements PartnerLinks {

    private final AidBook items;
    private final AidRepository repository;

    AidLinks(AidBook items, AidRepository repository) {
        this.repository = repository;
        this.items = items;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        return items.ofDonor(partnerId).stream()
                .map(a -> new LinkedRecord(
                        "nav.aid",
                        a.title(),
                        VietnameseFormat.date(a.startDate()) + " – " + VietnameseFormat.date(a.endDate()),
                        "/aid/" + a.id()))
                .toList();
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Set<String> unitsUsing(Long partnerId) {
        return repository.unitsNaming(partnerId);
    }
}
