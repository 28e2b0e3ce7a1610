package vn.doingoai.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.agreement.AgreementActivities;
import vn.doingoai.agreement.AgreementActivities.Activity;
import vn.doingoai.calendar.CalendarSource;
import vn.doingoai.common.Countries;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.report.AttentionSource;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;
import vn.doingoai.web.Texts;

/**
 * Delegations elsewhere: on the dashboard (waiting for approval), in the calendar (every delegation
 * that takes place, as an all-day entry), on a partner's page (the delegations naming it that the
 * reader may see) and on an agreement's page (those carrying it out).
 */
@Component
class DelegationLinks implements AttentionSource, CalendarSource {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DelegationRepository repository;
    private final MessageSource messages;

    DelegationLinks(DelegationRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> attention(UnitScope scope, LocalDate today) {
        Specification<Delegation> spec = Specification.<Delegation>where(scope.specification(false))
                .and((root, q, cb) -> cb.equal(root.get("status"), DelegationStatus.PROPOSED));
        return repository.findAll(spec, PageRequest.of(0, 100, Sort.by("startDate", "id"))).stream()
                .map(d -> new AttentionItem(
                        "attention.delegation.waiting",
                        d.getTitle(),
                        d.getStartDate(),
                        "/delegations/" + d.getId(),
                        "/delegations?status=PROPOSED&sort=startDate,asc"))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> entries(UnitScope scope) {
        Specification<Delegation> spec = Specification.<Delegation>where(scope.specification(false))
                .and((root, q, cb) ->
                        cb.not(root.get("status").in(DelegationStatus.REJECTED, DelegationStatus.CANCELLED)));
        return repository.findAll(spec, Sort.by("startDate", "id")).stream()
                .map(d -> new CalendarEntry(
                        CalendarEntry.uid("delegation", d.getId()),
                        messages.getMessage("delegation.direction." + d.getDirection(), null, VI) + ": " + d.getTitle(),
                        d.getPurpose(),
                        d.getStartDate(),
                        d.getEndDate() == null ? d.getStartDate() : d.getEndDate(),
                        d.getCountries().stream()
                                .map(c -> Countries.name(c, VI))
                                .collect(Collectors.joining(", ")),
                        "/delegations/" + d.getId()))
                .toList();
    }

    @Bean
    PartnerLinks delegationsOfPartner(Access access, Texts texts) {
        return PartnerLinks.of(
                partnerId -> {
                    UnitScope scope = access.readable();
                    return repository.findByPartner(partnerId, scope.all(), scope.codesForQuery());
                },
                repository::unitsNaming,
                d -> new LinkedRecord(
                        "nav.delegations",
                        d.getTitle(),
                        DelegationSearch.DATE.format(d.getStartDate())
                                + (d.getEndDate() == null ? "" : " – " + DelegationSearch.DATE.format(d.getEndDate()))
                                + " · " + texts.of("delegation.direction." + d.getDirection())
                                + " · " + texts.of("delegation.status." + d.getStatus()),
                        "/delegations/" + d.getId()));
    }

    /** The delegations carrying out an agreement, with their countries, on its page. */
    @Bean
    AgreementActivities delegationsOfAgreement(DelegationBook delegations) {
        return AgreementActivities.of(
                delegations::ofAgreement,
                d -> new Activity(
                        "nav.delegations",
                        d.title(),
                        d.startDate(),
                        (d.countries() == null ? List.<String>of() : d.countries())
                                .stream()
                                        .map(c -> Countries.name(c, LocaleContextHolder.getLocale()))
                                        .collect(Collectors.joining(", ")),
                        "/delegations/" + d.id()));
    }
}
