package vn.doingoai.partner;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.web.HistoryRefs;

/** Partners by name in a record's history: its partners, investor, donor or parent partner. */
@Configuration(proxyBeanMethods = false)
class PartnerHistoryRefs {

    @Bean
    HistoryRefs partnerNames(PartnerRepository repository) {
        return HistoryRefs.byRef(
                Set.of("partners", "investor", "donor", "parent"), repository::findByRefIn, p -> Partners.toRef(p)
                        .displayName());
    }
}
