package vn.doingoai.overseas;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.web.PageFormat;

/** Donations in the global search: by donor and purpose. */
@Component
class OverseasDonationSearch implements SearchProvider {

    private final OverseasDonationRepository repository;
    private final OverseasDonations donations;
    private final UnitNames unitNames;
    private final PageFormat format;

    OverseasDonationSearch(
            OverseasDonationRepository repository,
            OverseasDonations donations,
            UnitNames unitNames,
            PageFormat format) {
        this.repository = repository;
        this.donations = donations;
        this.unitNames = unitNames;
        this.format = format;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<OverseasDonation> spec = Specification.<OverseasDonation>where(scope.specification(false))
                .and(RecordSpecs.matching(foldedQuery));
        List<OverseasDonation> found = repository
                .findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "receivedOn")))
                .getContent();
        var donors = donations.donors(found);
        return found.stream()
                .map(d -> new SearchHit(
                        "nav.overseasDonations",
                        (d.getDonorId() != null && donors.get(d.getDonorId()) != null
                                        ? donors.get(d.getDonorId()).displayName()
                                        : d.getDonorName())
                                + " · " + format.amount(d.getValue()),
                        unitNames.label(d.getUnitCode()) + " · " + format.date(d.getReceivedOn()),
                        "/overseas-donations/" + d.getId()))
                .toList();
    }
}
