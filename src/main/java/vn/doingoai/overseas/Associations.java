package vn.doingoai.overseas;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Countries;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.Text;
import vn.doingoai.event.EventData;
import vn.doingoai.event.Events;
import vn.doingoai.money.Money;
import vn.doingoai.partner.PartnerKind;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;

/** The associations of overseas Vietnamese, and each one's donations and events, for their pages. */
@Service
@Transactional(readOnly = true)
public class Associations {

    private final Partners partners;
    private final OverseasDonations donations;
    private final Events events;

    Associations(Partners partners, OverseasDonations donations, Events events) {
        this.partners = partners;
        this.donations = donations;
        this.events = events;
    }

    /**
     * Donations added up: the sum in USD and in VND of those with a rate on their day, and the
     * currencies of those without one (left out of the sum, never counted as 0).
     */
    record Totals(BigDecimal usd, BigDecimal vnd, List<String> missingUsd, List<String> missingVnd) {

        static Totals of(List<OverseasDonations.View> donations) {
            return new Totals(
                    sum(donations, OverseasDonations.View::usd),
                    sum(donations, OverseasDonations.View::vnd),
                    missing(donations, OverseasDonations.View::usd),
                    missing(donations, OverseasDonations.View::vnd));
        }

        private static BigDecimal sum(
                List<OverseasDonations.View> donations, Function<OverseasDonations.View, BigDecimal> value) {
            return donations.stream().map(value).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private static List<String> missing(
                List<OverseasDonations.View> donations, Function<OverseasDonations.View, BigDecimal> value) {
            return List.copyOf(donations.stream()
                    .filter(d -> value.apply(d) == null)
                    .map(d -> d.data().value().currency())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /** An association's page: the partner, its people's donations with their totals, and its events. */
    record Page(
            PartnerRef association, List<OverseasDonations.View> donations, Totals totals, List<EventData> events) {}

    /** An association in the index, with its donations' count and totals. */
    record Row(PartnerRef association, int donations, Totals totals) {

        public Money usdTotal() {
            return Money.usd(totals.usd());
        }

        /** The VND equivalent of what has a rate; none when nothing has. */
        public Money vndTotal() {
            return totals.vnd().signum() == 0 && !totals.missingVnd().isEmpty() ? null : new Money(totals.vnd(), "VND");
        }

        /** The currencies left out of the USD total for want of a rate: "CHF, XAF". */
        public String missing() {
            return String.join(", ", totals.missingUsd());
        }
    }

    /**
     * The associations the current user may see, found by their names without diacritics ({@code
     * q}) and country, in the order asked ({@code name}, {@code country}, {@code donations}, {@code
     * usd}; by name by default), with what their people gave.
     */
    List<Row> index(String q, String country, Sort sort) {
        String folded = Text.fold(q);
        String code = Text.isBlank(country) ? null : Countries.code(country);
        Map<Long, List<OverseasDonations.View>> given = donations.byDonor();
        return associations().stream()
                .filter(a -> folded.isEmpty()
                        || Text.foldAll(a.name(), a.nameVi(), a.ref()).contains(folded))
                .filter(a -> code == null || code.equals(a.country()))
                .map(a -> {
                    List<OverseasDonations.View> list = given.getOrDefault(a.id(), List.of());
                    return new Row(a, list.size(), Totals.of(list));
                })
                .sorted(order(sort))
                .toList();
    }

    private static Comparator<Row> order(Sort sort) {
        Comparator<Row> byName =
                Comparator.comparing(r -> Text.fold(r.association().displayName()));
        Comparator<Row> order = null;
        for (Sort.Order o : sort) {
            Comparator<Row> by =
                    switch (o.getProperty()) {
                        case "country" -> Comparator.comparing(
                                r -> Objects.toString(r.association().country(), ""));
                        case "donations" -> Comparator.comparingInt(Row::donations);
                        case "usd" -> Comparator.comparing(r -> r.totals().usd());
                        default -> byName;
                    };
            by = o.isDescending() ? by.reversed() : by;
            order = order == null ? by : order.thenComparing(by);
        }
        return order == null ? byName : order.thenComparing(byName);
    }

    Page page(Long partnerId) {
        PartnerRef association = associations().stream()
                .filter(a -> a.id().equals(partnerId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Association " + partnerId));
        List<OverseasDonations.View> given = donations.ofDonor(partnerId);
        return new Page(association, given, Totals.of(given), events.ofPartner(partnerId));
    }

    /** Whether a partner is an association of overseas Vietnamese (its page exists). */
    boolean isAssociation(Long partnerId) {
        Map<Long, PartnerRef> refs = partners.refs(List.of(partnerId));
        PartnerRef p = refs.get(partnerId);
        return p != null && p.kind() == PartnerKind.OVERSEAS_VIETNAMESE_ASSOCIATION;
    }

    private List<PartnerRef> associations() {
        return partners.choices().stream()
                .filter(p -> p.kind() == PartnerKind.OVERSEAS_VIETNAMESE_ASSOCIATION)
                .toList();
    }
}
