package vn.doingoai.ngo;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.report.AttentionSource;
import vn.doingoai.report.AttentionSource.AttentionItem;

/** On the dashboard: NGOs' papers whose validity ends within 90 days. */
@Configuration(proxyBeanMethods = false)
class NgoAttention {

    static final int EXPIRING_DAYS = 90;

    @Bean
    AttentionSource expiringNgoPapers(NgoRegistrations registrations) {
        return (scope, today) -> {
            LocalDate by = today.plusDays(EXPIRING_DAYS);
            return registrations.expiring(scope, today, by).stream()
                    .map(r -> new AttentionItem(
                            "attention.ngo.expiring",
                            r.ngoName()
                                    + (r.data().number() == null
                                            ? ""
                                            : " · " + r.data().number()),
                            r.data().validTo(),
                            "/ngo-registrations/" + r.data().id(),
                            "/ngo-registrations?validOn=" + today + "&expiresBy=" + by + "&sort=validTo,asc"))
                    .toList();
        };
    }
}
