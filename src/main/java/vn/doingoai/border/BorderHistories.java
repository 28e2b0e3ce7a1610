package vn.doingoai.border;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;
import vn.doingoai.web.HistoryRefs;

/**
 * The border records' histories on the API ({@code /api/v1/border-gates/{id}/history}...), read with
 * their unit's read right, and the gates by name in an incident's history.
 */
final class BorderHistories {

    private BorderHistories() {}

    @Component
    static class Gates extends HistoryReadRight {
        Gates(Access access) {
            super("border-gates", "borderGate", access::checkRead);
        }
    }

    /** An incident's gate by name in its history. */
    @Component
    static class GateRefs implements HistoryRefs {

        private final BorderGateRepository repository;

        GateRefs(BorderGateRepository repository) {
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
}
