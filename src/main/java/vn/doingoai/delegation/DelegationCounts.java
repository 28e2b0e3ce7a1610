package vn.doingoai.delegation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;

/** "N đoàn / M lượt người / K người": delegations, their members (lượt) and the distinct persons. */
record DelegationCounts(long delegations, long persons, long people) {

    /** The counts of the delegations a specification selects, in two queries. */
    static DelegationCounts of(EntityManager em, Specification<Delegation> spec) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> totals = cb.createQuery(Object[].class);
        Root<Delegation> root = totals.from(Delegation.class);
        Predicate where = spec.toPredicate(root, totals, cb);
        totals.multiselect(cb.count(root), cb.sum(root.<Integer>get("persons")));
        if (where != null) {
            totals.where(where);
        }
        Object[] row = em.createQuery(totals).getSingleResult();
        CriteriaQuery<Long> people = cb.createQuery(Long.class);
        Root<Delegation> r2 = people.from(Delegation.class);
        Join<Delegation, Member> members = r2.join("members");
        Predicate where2 = spec.toPredicate(r2, people, cb);
        people.select(cb.countDistinct(members.get("personId")));
        if (where2 != null) {
            people.where(where2);
        }
        Long distinct = em.createQuery(people).getSingleResult();
        return new DelegationCounts(number(row[0]), number(row[1]), distinct == null ? 0 : distinct);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
