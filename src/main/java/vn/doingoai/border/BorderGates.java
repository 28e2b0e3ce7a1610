package vn.doingoai.border;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitScope;

/**
 * The gates' lookups, for the incidents, the overview and the report: a gate by ref or id, the
 * gates of a scope. Their keeping is {@link BorderGateBook}.
 */
@Component
class BorderGates {

    private final BorderGateRepository repository;

    BorderGates(BorderGateRepository repository) {
        this.repository = repository;
    }

    /** A gate by its ref or id (no access check: the incident's rules decide). */
    Optional<BorderGate> find(String idOrRef) {
        if (Text.isBlank(idOrRef)) {
            return Optional.empty();
        }
        Optional<BorderGate> byRef = repository.findByRef(idOrRef.trim());
        if (byRef.isPresent() || !idOrRef.trim().matches("\\d{1,18}")) {
            return byRef;
        }
        return repository.findById(Long.valueOf(idOrRef.trim()));
    }

    /** The gates of a scope, by name. */
    @Transactional(readOnly = true)
    List<BorderGateData> inScope(UnitScope scope) {
        return repository.findAll(scope.<BorderGate>specification(false), Sort.by("name", "id")).stream()
                .map(g -> BorderGateData.of(g, true))
                .toList();
    }
}
