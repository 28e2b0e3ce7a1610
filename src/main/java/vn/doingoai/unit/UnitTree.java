package vn.doingoai.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.config.Caches;

/**
 * The whole unit tree, read once per data version (a few hundred rows) instead of on every request:
 * every page asks which units its user may see and what a unit is called. A write to any unit
 * raises the data version in its transaction, so the next request reads the tree again.
 */
@Component
class UnitTree {

    private final UnitRepository repository;

    UnitTree(UnitRepository repository) {
        this.repository = repository;
    }

    @Cacheable(cacheNames = Caches.UNIT_TREE, key = "@dataVersion.current()")
    @Transactional(readOnly = true)
    public Snapshot snapshot() {
        return new Snapshot(repository.findAll(Sort.by("code")));
    }

    /**
     * The units by code and the codes under each unit; read only (the units are detached, shared by
     * every request).
     */
    static final class Snapshot {

        final List<Unit> all;
        final Map<String, Unit> byCode = new HashMap<>();
        final Map<String, List<String>> children = new HashMap<>();
        final Map<String, List<String>> merged = new HashMap<>();

        Snapshot(List<Unit> all) {
            this.all = List.copyOf(all);
            for (Unit unit : all) {
                byCode.put(unit.getCode(), unit);
                if (unit.getParentCode() != null) {
                    children.computeIfAbsent(unit.getParentCode(), k -> new ArrayList<>())
                            .add(unit.getCode());
                }
                if (unit.getMergedInto() != null) {
                    merged.computeIfAbsent(unit.getMergedInto(), k -> new ArrayList<>())
                            .add(unit.getCode());
                }
            }
        }
    }
}
