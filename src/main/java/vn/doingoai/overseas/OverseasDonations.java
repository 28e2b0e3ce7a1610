package vn.doingoai.overseas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.Money;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/**
 * Donations with their donors and their values in USD and VND, as this module's pages, the
 * associations' pages and the plug-ins (the partner's page, the report, the search) read them;
 * their keeping is {@link OverseasDonationBook}'s.
 */
@Service
@Transactional(readOnly = true)
class OverseasDonations {

    private final OverseasDonationRepository repository;
    private final Partners partners;
    private final CurrencyConverter converter;
    private final Access access;

    OverseasDonations(
            OverseasDonationRepository repository, Partners partners, CurrencyConverter converter, Access access) {
        this.repository = repository;
        this.partners = partners;
        this.converter = converter;
        this.access = access;
    }

    /**
     * A donation as pages show it: with its donor, and its value in USD and in VND at the rates of
     * the day it was received (null where a rate is missing).
     */
    record View(OverseasDonationData data, PartnerRef donor, BigDecimal usd, BigDecimal vnd) {

        /** The donor's name: the partner's, the person's, or both ("Hội… · Ông…"). */
        public String donorLabel() {
            if (donor == null) {
                return data.donorName();
            }
            return Text.isBlank(data.donorName())
                    ? donor.displayName()
                    : donor.displayName() + " · " + data.donorName();
        }

        public Money usdValue() {
            return usd == null ? null : Money.usd(usd);
        }

        public Money vndValue() {
            return vnd == null ? null : new Money(vnd, "VND");
        }
    }

    /** The partners these donations name as donors, by id, in one query. */
    Map<Long, PartnerRef> donors(Collection<OverseasDonation> donations) {
        return partners.refs(donations.stream()
                .map(OverseasDonation::getDonorId)
                .filter(id -> id != null)
                .collect(Collectors.toSet()));
    }

    static OverseasDonationData data(OverseasDonation d, Map<Long, PartnerRef> donors, boolean withIdentity) {
        PartnerRef donor = d.getDonorId() == null ? null : donors.get(d.getDonorId());
        return OverseasDonationData.of(d, donor == null ? null : donor.ref(), withIdentity);
    }

    /** These donations with their donors and values (one lookup for all), with id and version. */
    List<View> views(List<OverseasDonation> donations) {
        Map<Long, PartnerRef> donors = donors(donations);
        CurrencyConverter rates = converter.snapshot();
        return donations.stream()
                .map(d -> new View(
                        data(d, donors, true),
                        d.getDonorId() == null ? null : donors.get(d.getDonorId()),
                        rates.toUsd(d.getValue(), d.getReceivedOn()).orElse(null),
                        rates.toVnd(d.getValue(), d.getReceivedOn()).orElse(null)))
                .toList();
    }

    /** The donations of a partner that the current user may see, latest first. */
    List<View> ofDonor(Long partnerId) {
        UnitScope readable = access.readable();
        return views(repository.findByDonorIdOrderByReceivedOnDesc(partnerId).stream()
                .filter(d -> readable.contains(d.getUnitCode()))
                .toList());
    }

    /**
     * The donations of a scope received in a period that have no USD rate on their day, summed per
     * currency: left out of {@code overseas.donations}, the report names them.
     */
    Map<String, BigDecimal> unconverted(UnitScope scope, LocalDate from, LocalDate to) {
        Specification<OverseasDonation> spec = Specification.<OverseasDonation>where(scope.specification(false))
                .and(RecordSpecs.between("receivedOn", from, to));
        CurrencyConverter rates = converter.snapshot();
        Map<String, BigDecimal> missing = new TreeMap<>();
        for (OverseasDonation d : repository.findAll(spec)) {
            if (rates.toUsd(d.getValue(), d.getReceivedOn()).isEmpty()) {
                missing.merge(d.getValue().currency(), d.getValue().amount(), BigDecimal::add);
            }
        }
        return missing;
    }

    /** The donations that the current user may see that name a partner as donor, by donor, in one query. */
    Map<Long, List<View>> byDonor() {
        Specification<OverseasDonation> spec = Specification.<OverseasDonation>where(
                        access.readable().specification(false))
                .and((root, q, cb) -> cb.isNotNull(root.get("donorId")));
        return views(repository.findAll(spec, Sort.by(Sort.Direction.DESC, "receivedOn"))).stream()
                .collect(Collectors.groupingBy(
                        v -> v.donor() == null ? -1L : v.donor().id()));
    }
}
