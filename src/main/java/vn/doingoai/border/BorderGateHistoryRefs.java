package vn.doingoai.border;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.web.HistoryRefs;

/** Gates by name where their refs are shown: an incident's {@code gate} in its history and in the incidents' list. */
@Configuration(proxyBeanMethods = false)
class BorderGateHistoryRefs {

    @Bean
    HistoryRefs gateNames(BorderGateRepository repository) {
        return HistoryRefs.byRef(Set.of("gate"), repository::findByRefIn, BorderGate::getName);
    }
}
