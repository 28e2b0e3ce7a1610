package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/**
 * Agreements as other modules and this module's plug-ins find them: by id or ref ({@link
 * #resolve}), their refs ({@link #refs}), the choices of a form, the rule of "in force". Their
 * keeping is {@link AgreementBook}'s.
 */
@Service
@Transactional
public class Agreements {

    private final AgreementRepository repository;
    private final Access access;

    Agreements(AgreementRepository repository, Access access) {
        this.repository = repository;
        this.access = access;
    }

    /** An agreement by its id or its ref, as a request may name it. */
    @Transactional(readOnly = true)
    public Optional<AgreementRef> resolve(String idOrRef) {
        return find(idOrRef).map(Agreements::toRef);
    }

    /** The agreements of these ids, by id, for showing and exporting references. */
    @Transactional(readOnly = true)
    public Map<Long, AgreementRef> refs(Collection<Long> ids) {
        Map<Long, AgreementRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.findAllById(ids).forEach(a -> refs.put(a.getId(), toRef(a)));
        }
        return refs;
    }

    /** The agreements the current user may link a record to (those of their units), newest first. */
    @Transactional(readOnly = true)
    public List<AgreementRef> choices() {
        return repository
                .findAll(
                        access.readable().<Agreement>specification(false),
                        Sort.by(Sort.Direction.DESC, "signedOn").and(Sort.by("title")))
                .stream()
                .map(Agreements::toRef)
                .toList();
    }

    static AgreementRef toRef(Agreement a) {
        return new AgreementRef(a.getId(), a.getRef(), a.getUnitCode(), a.getTitle(), a.getSignedOn(), a.getStatus());
    }

    private Optional<Agreement> find(String idOrRef) {
        if (idOrRef == null || idOrRef.isBlank()) {
            return Optional.empty();
        }
        Optional<Agreement> byRef = repository.findByRef(idOrRef.trim());
        if (byRef.isPresent() || !idOrRef.trim().matches("\\d{1,18}")) {
            return byRef;
        }
        return repository.findById(Long.valueOf(idOrRef.trim()));
    }

    // ---- the rule of "in force", for the database

    /**
     * Agreements in force on {@code day}: signed, and the day within validFrom (or, without it, the signing)
     * and validTo (open ends allowed). Every branch is true or false, never null, so that its negation
     * ({@link #notInForceOn}) holds exactly the others.
     */
    static Specification<Agreement> inForceOn(LocalDate day) {
        return (root, q, cb) -> cb.and(
                cb.equal(root.get("status"), AgreementStatus.SIGNED),
                cb.or(
                        cb.and(cb.isNotNull(root.get("validFrom")), cb.lessThanOrEqualTo(root.get("validFrom"), day)),
                        cb.and(
                                cb.isNull(root.get("validFrom")),
                                cb.or(
                                        cb.isNull(root.get("signedOn")),
                                        cb.lessThanOrEqualTo(root.get("signedOn"), day)))),
                cb.or(cb.isNull(root.get("validTo")), cb.greaterThanOrEqualTo(root.get("validTo"), day)));
    }

    static Specification<Agreement> notInForceOn(LocalDate day) {
        return (root, q, cb) -> cb.not(inForceOn(day).toPredicate(root, q, cb));
    }

    /** The same rule in SQL, for agreement alias {@code a} and the SQL expression of the day. */
    static String inForceOnSql(String day) {
        return "a.status = 'SIGNED' and ((a.valid_from is not null and a.valid_from <= " + day
                + ") or (a.valid_from is null and (a.signed_on is null" + " or a.signed_on <= " + day
                + "))) and (a.valid_to is null or a.valid_to >= " + day + ")";
    }

    // ---- for the plug-ins of this module

    @Transactional(readOnly = true)
    List<Agreement> expiring(UnitScope scope, LocalDate from, LocalDate to) {
        return repository.expiringBetween(scope.all(), scope.codesForQuery(), AgreementStatus.SIGNED, from, to);
    }

    /** The agreements waiting for the approval of their signing, the first 100 by date. */
    @Transactional(readOnly = true)
    List<Agreement> waiting(UnitScope scope) {
        Specification<Agreement> spec = Specification.<Agreement>where(scope.specification(false))
                .and(RecordSpecs.equal("status", AgreementStatus.PROPOSED));
        return repository
                .findAll(spec, PageRequest.of(0, 100, Sort.by("validFrom", "id")))
                .getContent();
    }

    @Transactional(readOnly = true)
    List<Agreement> signedBetween(UnitScope scope, LocalDate from, LocalDate to) {
        return repository.signedBetween(scope.all(), scope.codesForQuery(), AgreementStatus.PROPOSED, from, to);
    }

    /** The agreements naming this partner, within the user's scope, for the partner's page. */
    @Transactional(readOnly = true)
    List<AgreementRef> byPartner(Long partnerId) {
        UnitScope readable = access.readable();
        return repository.findByPartner(partnerId).stream()
                .filter(a -> readable.contains(a.getUnitCode()))
                .map(Agreements::toRef)
                .toList();
    }
}
