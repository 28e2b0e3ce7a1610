package vn.doingoai.common;

import org.springframework.data.jpa.domain.Specification;

/** Query pieces every record list shares. */
public final class RecordSpecs {

    private RecordSpecs() {}

    /** Records whose folded search text contains the folded query (no filter when blank). */
    public static <T extends RecordEntity> Specification<T> matching(String query) {
        String pattern = Text.likePattern(query);
        return pattern == null
                ? (root, q, cb) -> null
                : (root, q, cb) -> cb.like(root.get("searchText"), pattern, '\\');
    }

    /** Records whose {@code attribute} lies from {@code from} to {@code to}, both inclusive; an open end is no limit. */
    public static <T, V extends Comparable<? super V>> Specification<T> between(String attribute, V from, V to) {
        return (root, q, cb) -> {
            if (from == null && to == null) {
                return null;
            }
            if (to == null) {
                return cb.greaterThanOrEqualTo(root.get(attribute), from);
            }
            return from == null
                    ? cb.lessThanOrEqualTo(root.get(attribute), to)
                    : cb.and(
                            cb.greaterThanOrEqualTo(root.get(attribute), from),
                            cb.lessThanOrEqualTo(root.get(attribute), to));
        };
    }

    /** An equality filter that is left out when the value is null or blank. */
    public static <T> Specification<T> equal(String attribute, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return (root, q, cb) -> null;
        }
        return (root, q, cb) -> cb.equal(root.get(attribute), value);
    }
}
