package vn.doingoai.overseas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.RecordViewBook;
import vn.doingoai.common.Text;
import vn.doingoai.money.Money;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The keeping of overseas donations for this module's pages, API and dataset section: each in its
 * own currency, from a partner (an association) or a person named by name.
 */
@Service
@Transactional
class OverseasDonationBook
        extends RecordViewBook<OverseasDonation, OverseasDonationData, OverseasDonationFilter, OverseasDonations.View> {

    private final OverseasDonations donations;
    private final Partners partners;
    private final Units units;

    OverseasDonationBook(
            OverseasDonationRepository repository,
            OverseasDonations donations,
            Partners partners,
            Access access,
            Units units) {
        super(repository, access, OverseasDonation::new);
        this.donations = donations;
        this.partners = partners;
        this.units = units;
    }

    @Override
    protected Specification<OverseasDonation> specification(OverseasDonationFilter filter) {
        Specification<OverseasDonation> spec =
                listed(filter.unit(), filter.q()).and(RecordSpecs.between("receivedOn", filter.from(), filter.to()));
        if (!Text.isBlank(filter.currency())) {
            spec = spec.and(
                    RecordSpecs.equal("value.currency", filter.currency().trim().toUpperCase()));
        }
        if (!Text.isBlank(filter.donor())) {
            Long donorId = partners.resolve(filter.donor()).map(PartnerRef::id).orElse(-1L);
            spec = spec.and(RecordSpecs.equal("donorId", donorId));
        }
        return spec;
    }

    @Override
    protected List<OverseasDonationData> data(List<OverseasDonation> records) {
        Map<Long, PartnerRef> donors = donations.donors(records);
        return records.stream()
                .map(d -> OverseasDonations.data(d, donors, true))
                .toList();
    }

    /** Donations with their donor and values in USD and VND. */
    @Override
    protected List<OverseasDonations.View> views(List<OverseasDonation> records) {
        return donations.views(records);
    }

    @Override
    protected void remember(OverseasDonation d) {
        d.remember(donations.donors(List.of(d)).get(d.getDonorId()));
    }

    @Override
    protected void write(OverseasDonation d, OverseasDonationData data) {
        List<FieldProblem> problems = validate(data);
        Optional<PartnerRef> donor = partners.resolve(data.donor(), "donor", problems);
        checkAll(d, data, problems);
        d.apply(data, donor.orElse(null));
    }

    /** The checks a donation must pass beyond its field constraints. */
    List<FieldProblem> validate(OverseasDonationData data) {
        List<FieldProblem> problems = new ArrayList<>();
        units.check(data.unit(), problems);
        if (Text.isBlank(data.donor()) && Text.isBlank(data.donorName())) {
            problems.add(new FieldProblem("donorName", "overseas.donor.required"));
        }
        if (data.receivedOn() == null) {
            problems.add(new FieldProblem("receivedOn", "validation.required"));
        }
        if (data.value() == null) {
            problems.add(new FieldProblem("value.amount", "overseas.amount.required"));
        } else {
            if (data.value().amount().signum() <= 0) {
                problems.add(new FieldProblem("value.amount", "overseas.amount.required"));
            }
            if (!Money.isCurrency(data.value().currency())) {
                problems.add(new FieldProblem("value.currency", "validation.currency.unknown"));
            }
        }
        return problems;
    }

    // ---- the dataset section's export (its import is OverseasDonationImport)

    @Transactional(readOnly = true)
    List<OverseasDonationData> exportAll(UnitScope scope) {
        List<OverseasDonation> all = repository.findAll(scope.<OverseasDonation>specification(false), Sort.by("ref"));
        Map<Long, PartnerRef> donors = donations.donors(all);
        return all.stream().map(d -> OverseasDonations.data(d, donors, false)).toList();
    }
}
