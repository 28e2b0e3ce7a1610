package vn.doingoai.unit;

import java.util.Collection;
import java.util.Set;

/**
 * A set of unit codes, or the whole country. Queries filter on {@link #codes()} unless {@link
 * #all()}; {@link #codesForQuery()} never hands an empty list to an {@code in} clause.
 */
public record UnitScope(boolean all, Set<String> codes) {

    public static final UnitScope EVERYWHERE = new UnitScope(true, Set.of());

    public static UnitScope of(Collection<String> codes) {
        return new UnitScope(false, Set.copyOf(codes));
    }

    public boolean contains(String code) {
        return all || codes.contains(code);
    }

    public boolean containsAll(UnitScope other) {
        return all || (!other.all && codes.containsAll(other.codes));
    }

    public UnitScope intersect(UnitScope other) {
        if (all) {
            return other;
        }
        if (other.all) {
            return this;
        }
        return of(codes.stream().filter(other.codes::contains).toList());
    }

    /**
     * Records whose {@code unitCode} lies in this scope (no filter for the whole country); with
     * {@code orShared}, records of no unit (shared ones, like partners) too.
     */
    public <T> org.springframework.data.jpa.domain.Specification<T> specification(boolean orShared) {
        if (all) {
            return (root, q, cb) -> null;
        }
        return (root, q, cb) -> {
            var in = root.get("unitCode").in(codesForQuery());
            return orShared ? cb.or(in, cb.isNull(root.get("unitCode"))) : in;
        };
    }

    /**
     * The same rule for plain SQL: a condition on {@code column} (nothing for the whole country),
     * with the parameter {@code :units} bound to {@link #codesForQuery()}.
     */
    public String sqlCondition(String column) {
        return all ? "1 = 1" : column + " in (:units)";
    }

    /** The codes for an {@code in (:codes)} clause: never empty, so that it matches nothing when empty. */
    public Collection<String> codesForQuery() {
        return codes.isEmpty() ? Set.of("-") : codes;
    }
}
