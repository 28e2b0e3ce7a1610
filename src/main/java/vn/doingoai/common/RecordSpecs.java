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

    /** An equality filter that is left out when the value is null or blank. */
    public static <T> Specification<T> equal(String attribute, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return (root, q, cb) -> null;
        }
        return (root, q, cb) -> cb.equal(root.get(attribute), value);
    }
}
