package vn.doingoai.agreement;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.web.HistoryRefs;

/** Agreements by title in a record's history: the agreement a delegation or an event carries out. */
@Configuration(proxyBeanMethods = false)
class AgreementHistoryRefs {

    @Bean
    HistoryRefs agreementTitles(AgreementRepository repository) {
        return HistoryRefs.byRef(Set.of("agreement"), repository::findByRefIn, Agreement::getTitle);
    }
}
