package vn.doingoai.border;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.web.HistoryRefs;

/** Gates by name where their refs are shown: an incident's {@code gate} in its history and in the incidents' list. */
@Component
class BorderGateHistoryRefs implements HistoryRefs {

    private final BorderGateRepository repository;

    BorderGateHistoryRefs(BorderGateRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> fields() {
        return Set.of("gate");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> refs) {
        Map<String, String> names = new HashMap<>();
        repository.findByRefIn(refs).forEach(g -> names.put(g.getRef(), g.getName()));
        return names;
    }
}
