package vn.doingoai.partner;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.web.HistoryRefs;

/** Partners by name in a record's history: its partners, investor, donor or parent partner. */
@Component
class PartnerHistoryRefs implements HistoryRefs {

    private final PartnerRepository repository;

    PartnerHistoryRefs(PartnerRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> fields() {
        return Set.of("partners", "investor", "donor", "parent");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> refs) {
        Map<String, String> names = new HashMap<>();
        repository
                .findByRefIn(refs)
                .forEach(p -> names.put(p.getRef(), Partners.toRef(p).displayName()));
        return names;
    }
}
