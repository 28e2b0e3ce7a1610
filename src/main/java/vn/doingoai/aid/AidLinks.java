package vn.doingoai.aid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.report.AttentionSource;
import vn.doingoai.report.AttentionSource.AttentionItem;

/**
 * Aid elsewhere: on the dashboard, the items waiting for the province leader's decision (no due
 * date: they come after what is due); on a partner's page, the aid it gives.
 */
@Configuration(proxyBeanMethods = false)
class AidLinks {

    @Bean
    AttentionSource aidWaiting(AidBook items) {
        return (scope, today) -> items.waiting(scope).stream()
                .map(a -> new AttentionItem("attention.aid.waiting", a.title(), null, "/aid/" + a.id()))
                .toList();
    }

    @Bean
    PartnerLinks aidOfDonor(AidBook items, AidRepository repository) {
        return PartnerLinks.of(
                items::ofDonor,
                repository::unitsNaming,
                a -> new LinkedRecord(
                        "nav.aid",
                        a.title(),
                        VietnameseFormat.date(a.startDate()) + " – " + VietnameseFormat.date(a.endDate()),
                        "/aid/" + a.id()));
    }
}
