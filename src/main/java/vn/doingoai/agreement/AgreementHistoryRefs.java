package vn.doingoai.agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.web.HistoryRefs;

/** Agreements by title in a record's history: the agreement a delegation or an event carries out. */
@Component
class AgreementHistoryRefs implements HistoryRefs {

    private final AgreementRepository repository;

    AgreementHistoryRefs(AgreementRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> fields() {
        return Set.of("agreement");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> refs) {
        Map<String, String> names = new HashMap<>();
        repository.findByRefIn(refs).forEach(a -> names.put(a.getRef(), a.getTitle()));
        return names;
    }
}
