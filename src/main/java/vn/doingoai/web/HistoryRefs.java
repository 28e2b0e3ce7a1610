package vn.doingoai.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.doingoai.common.RecordEntity;

/**
 * Names for the references a history holds, so that a page shows "Tỉnh Luông Pha Bang" rather than
 * {@code LA-LPB}: a module whose records others refer to by ref (partners) implements it. Asked once
 * per history, for all its refs together. A module declares it as a bean made by {@link #byRef} (its
 * records found by ref) or {@link #of}.
 */
public interface HistoryRefs {

    /** The fields, in any record's snapshot, whose values are this module's refs: {@code partners}, {@code donor}. */
    Set<String> fields();

    /** The names of the refs that exist (one query); the others are shown as they are. */
    Map<String, String> names(Collection<String> refs);

    /**
     * Refs named by the module's records of those refs, found in one query: {@code
     * HistoryRefs.byRef(Set.of("agreement"), repository::findByRefIn, Agreement::getTitle)}.
     */
    static <E extends RecordEntity> HistoryRefs byRef(
            Set<String> fields, Function<Collection<String>, ? extends Collection<E>> find, Function<E, String> name) {
        return of(fields, find, RecordEntity::getRef, name);
    }

    /**
     * Refs (or codes) named by the things found by them in one query, each with its ref and its name.
     *
     * @param find the things of these refs ({@code repository::findAllById})
     */
    static <T> HistoryRefs of(
            Set<String> fields,
            Function<Collection<String>, ? extends Iterable<T>> find,
            Function<? super T, String> ref,
            Function<? super T, String> name) {
        return of(fields, refs -> {
            Map<String, String> names = new HashMap<>();
            find.apply(refs).forEach(t -> names.put(ref.apply(t), name.apply(t)));
            return names;
        });
    }

    /** Refs named by a function of them all (one query, or a lookup that remembers). */
    static HistoryRefs of(Set<String> fields, Function<Collection<String>, Map<String, String>> names) {
        return new Declared(Set.copyOf(fields), names);
    }

    /** Refs declared by {@link #of}. */
    record Declared(Set<String> fields, Function<Collection<String>, Map<String, String>> naming)
            implements HistoryRefs {

        @Override
        public Map<String, String> names(Collection<String> refs) {
            return naming.apply(refs);
        }
    }
}
