package vn.doingoai.overseas;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;

/** The {@code overseasDonations} section of the dataset document (order 87, after partners), imported by ref. */
@Component
class OverseasDonationImport {

    private final OverseasDonationRepository repository;
    private final OverseasDonationBook donations;
    private final OverseasDonations lookups;
    private final Partners partners;

    OverseasDonationImport(
            OverseasDonationRepository repository,
            OverseasDonationBook donations,
            OverseasDonations lookups,
            Partners partners) {
        this.repository = repository;
        this.donations = donations;
        this.lookups = lookups;
        this.partners = partners;
    }

    @Bean
    DatasetSection<OverseasDonationData> overseasDonationsSection() {
        return DatasetSection.of(
                "overseasDonations", 87, OverseasDonationData.class, this::importAll, donations::exportAll);
    }

    void importAll(List<OverseasDonationData> items, ImportContext context) {
        RefImport.run(items, context, repository, new Run());
    }

    /** One import: each item's donor is resolved while it is checked. */
    private final class Run implements RefImport.Records<OverseasDonationData, OverseasDonation, Optional<PartnerRef>> {

        @Override
        public Optional<PartnerRef> check(int index, OverseasDonationData item, ImportContext context) {
            context.report(index, donations.validate(item));
            return partners.resolve(item.donor(), () -> context.problem(index, "donor", "validation.ref.unknown"));
        }

        @Override
        public Function<OverseasDonation, Object> snapshots(Collection<OverseasDonation> existing) {
            Map<Long, PartnerRef> donors = lookups.donors(existing);
            return d -> OverseasDonations.data(d, donors, false);
        }

        @Override
        public OverseasDonation create() {
            return new OverseasDonation();
        }

        @Override
        public void write(OverseasDonation d, OverseasDonationData item, Optional<PartnerRef> donor) {
            d.apply(item, donor.orElse(null));
        }

        @Override
        public Object written(OverseasDonation d, Optional<PartnerRef> donor) {
            return OverseasDonationData.of(d, donor.map(PartnerRef::ref).orElse(null), false);
        }
    }
}
