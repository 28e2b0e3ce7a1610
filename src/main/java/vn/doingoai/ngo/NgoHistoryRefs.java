package vn.doingoai.ngo;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.partner.Partners;
import vn.doingoai.web.HistoryRefs;

/** A registration's NGO by name in its history. */
@Configuration(proxyBeanMethods = false)
class NgoHistoryRefs {

    @Bean
    HistoryRefs ngoNames(Partners partners) {
        return HistoryRefs.of(Set.of("ngo"), refs -> {
            Map<String, String> names = new HashMap<>();
            refs.forEach(ref -> partners.resolve(ref).ifPresent(p -> names.put(ref, p.displayName())));
            return names;
        });
    }
}
