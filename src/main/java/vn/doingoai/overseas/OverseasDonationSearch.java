package vn.doingoai.overseas;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** Donations in the global search: by donor and purpose. */
@Component
class OverseasDonationSearch extends RecordSearch<OverseasDonation> {

    private final OverseasDonations donations;

    OverseasDonationSearch(OverseasDonationRepository repository, OverseasDonations donations, HitText text) {
        super(
                "nav.overseasDonations",
                "/overseas-donations/",
                repository,
                Sort.by(Sort.Direction.DESC, "receivedOn"),
                text);
        this.donations = donations;
    }

    @Override
    protected Function<OverseasDonation, Hit> shown(List<OverseasDonation> found) {
        var donors = donations.donors(found);
        return d -> new Hit(
                (d.getDonorId() != null && donors.get(d.getDonorId()) != null
                                ? donors.get(d.getDonorId()).displayName()
                                : d.getDonorName())
                        + " · " + text.amount(d.getValue()),
                text.unit(d.getUnitCode()) + " · " + text.date(d.getReceivedOn()));
    }
}
