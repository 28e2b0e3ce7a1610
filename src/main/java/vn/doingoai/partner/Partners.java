package vn.doingoai.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.user.Access;

/**
 * Partners as other modules name them: by id or ref ({@link #resolve}), their refs ({@link #refs}),
 * the choices of a form. Their keeping is {@link PartnerBook}'s.
 */
@Service
@Transactional
public class Partners {

    private final PartnerRepository repository;
    private final Access access;

    Partners(PartnerRepository repository, Access access) {
        this.repository = repository;
        this.access = access;
    }

    /**
     * A partner by its id or its ref, as a request may name it. Within one transaction (an import
     * naming the same partners thousands of times) each is looked up once.
     */
    @Transactional(readOnly = true)
    public Optional<PartnerRef> resolve(String idOrRef) {
        if (idOrRef == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return find(idOrRef).map(Partners::toRef);
        }
        @SuppressWarnings("unchecked")
        Map<String, Optional<PartnerRef>> memo =
                (Map<String, Optional<PartnerRef>>) TransactionSynchronizationManager.getResource(RESOLVED);
        if (memo == null) {
            memo = new HashMap<>();
            TransactionSynchronizationManager.bindResource(RESOLVED, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOLVED);
                }
            });
        }
        return memo.computeIfAbsent(idOrRef.trim(), key -> find(key).map(Partners::toRef));
    }

    /** The key of this transaction's remembered lookups. */
    private static final Object RESOLVED = new Object();

    /** Partners were written: forget what this transaction looked up. */
    static void forgetResolved() {
        Object memo = TransactionSynchronizationManager.getResource(RESOLVED);
        if (memo instanceof Map<?, ?> map) {
            map.clear();
        }
    }

    /** The partners of these ids, by id, for showing and exporting references. */
    @Transactional(readOnly = true)
    public Map<Long, PartnerRef> refs(Collection<Long> ids) {
        Map<Long, PartnerRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.findAllById(ids).forEach(p -> refs.put(p.getId(), toRef(p)));
        }
        return refs;
    }

    /**
     * The names of the partners of these ids ({@link PartnerRef#displayName}), in the order of their
     * names, for a list of partners such as a figure's donors; an id of no partner is named {@code #id}.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, PartnerRef> refs = refs(ids);
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        ids.stream()
                .distinct()
                .map(id -> Map.entry(id, refs.containsKey(id) ? refs.get(id).displayName() : "#" + id))
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    /**
     * The one partner a record names by id or ref ({@code ngo}, {@code donor}), or empty when it
     * names none; {@code unknown} runs when it names one that does not exist (the caller's problem
     * at its field).
     */
    @Transactional(readOnly = true)
    public Optional<PartnerRef> resolve(String idOrRef, Runnable unknown) {
        if (idOrRef == null || idOrRef.isBlank()) {
            return Optional.empty();
        }
        Optional<PartnerRef> partner = resolve(idOrRef);
        if (partner.isEmpty()) {
            unknown.run();
        }
        return partner;
    }

    /** {@link #resolve(String, Runnable)} with {@code validation.ref.unknown} at {@code field} for an unknown partner. */
    @Transactional(readOnly = true)
    public Optional<PartnerRef> resolve(String idOrRef, String field, List<FieldProblem> problems) {
        return resolve(idOrRef, () -> problems.add(new FieldProblem(field, "validation.ref.unknown")));
    }

    /** {@link #resolveAll(List, java.util.function.IntConsumer)} with {@code validation.ref.unknown} at {@code field[i]}. */
    @Transactional(readOnly = true)
    public List<Long> resolveAll(List<String> idsOrRefs, String field, List<FieldProblem> problems) {
        return resolveAll(
                idsOrRefs, i -> problems.add(new FieldProblem(field + "[" + i + "]", "validation.ref.unknown")));
    }

    /**
     * Resolves a list of partner ids or refs to ids; reports each unknown one through {@code
     * unknown} with its index.
     */
    @Transactional(readOnly = true)
    public List<Long> resolveAll(List<String> idsOrRefs, java.util.function.IntConsumer unknown) {
        List<Long> ids = new ArrayList<>();
        if (idsOrRefs == null) {
            return ids;
        }
        for (int i = 0; i < idsOrRefs.size(); i++) {
            Optional<PartnerRef> partner = resolve(idsOrRefs.get(i));
            if (partner.isPresent()) {
                ids.add(partner.get().id());
            } else {
                unknown.accept(i);
            }
        }
        return ids;
    }

    /** The partners the current user may choose from in a form (shared ones and those of their units), by name. */
    @Transactional(readOnly = true)
    public List<PartnerRef> choices() {
        return repository
                .findAll(
                        access.readable().<Partner>specification(true), org.springframework.data.domain.Sort.by("name"))
                .stream()
                .map(Partners::toRef)
                .toList();
    }

    static PartnerRef toRef(Partner p) {
        return new PartnerRef(p.getId(), p.getRef(), p.getKind(), p.getName(), p.getNameVi(), p.getCountry());
    }

    Optional<Partner> find(String idOrRef) {
        if (idOrRef == null || idOrRef.isBlank()) {
            return Optional.empty();
        }
        Optional<Partner> byRef = repository.findByRef(idOrRef.trim());
        if (byRef.isPresent() || !idOrRef.trim().matches("\\d{1,18}")) {
            return byRef;
        }
        return repository.findById(Long.valueOf(idOrRef.trim()));
    }
}
