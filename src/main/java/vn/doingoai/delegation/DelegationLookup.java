package vn.doingoai.delegation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What another module needs to name a delegation in its records (a news item reports one): the
 * delegation of an id or a ref, and the refs and titles of delegations by id.
 */
@Service
@Transactional(readOnly = true)
public class DelegationLookup {

    /** A delegation as another record names it. */
    public record Named(Long id, String ref, String unit, String title) {

        public String link() {
            return "/delegations/" + id;
        }
    }

    private final DelegationRepository repository;

    DelegationLookup(DelegationRepository repository) {
        this.repository = repository;
    }

    /** The delegation of an id or a ref, as a request names it. */
    public Optional<Named> resolve(String idOrRef) {
        if (idOrRef == null || idOrRef.isBlank()) {
            return Optional.empty();
        }
        String key = idOrRef.trim();
        Optional<Delegation> found = repository.findByRef(key);
        if (found.isEmpty() && key.matches("\\d{1,18}")) {
            found = repository.findById(Long.valueOf(key));
        }
        return found.map(DelegationLookup::named);
    }

    /** The delegations of these ids, by id. */
    public Map<Long, Named> named(Collection<Long> ids) {
        Map<Long, Named> named = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.findAllById(ids).forEach(d -> named.put(d.getId(), named(d)));
        }
        return named;
    }

    /** The latest of these units' delegations, for a picker: at most 500, the latest first. */
    public java.util.List<Named> choices(vn.doingoai.unit.UnitScope scope) {
        return repository
                .findAll(
                        scope.<Delegation>specification(false),
                        org.springframework.data.domain.PageRequest.of(
                                0,
                                500,
                                org.springframework.data.domain.Sort.by(
                                        org.springframework.data.domain.Sort.Direction.DESC, "startDate", "id")))
                .stream()
                .map(DelegationLookup::named)
                .toList();
    }

    private static Named named(Delegation d) {
        return new Named(d.getId(), d.getRef(), d.getUnitCode(), d.getTitle());
    }
}
