package vn.doingoai.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;

/**
 * The import of a section's records matched by {@code ref}, the same for every record module: the
 * records of the refs are loaded in one query; every item is checked (a ref, the module's own rules,
 * the right to change the record found); only when nothing is wrong are they all written, a record
 * counted as created when it is new and as updated only when the write changed it (so re-importing
 * the same data creates and updates nothing).
 */
public final class RefImport {

    private RefImport() {}

    /**
     * What a module tells the import about its records.
     *
     * @param <D> an item of the section, as the API writes it
     * @param <E> the record
     * @param <P> what checking an item resolved for writing it (its partners, say)
     */
    public interface Records<D, E extends RecordEntity, P> {

        String ref(D item);

        List<E> findByRefIn(Collection<String> refs);

        /** Checks the item's own rules (its unit among them), reporting problems at {@code index}. */
        P check(int index, D item, ImportContext context);

        /** How to see the records found as data, before the import writes them. */
        Function<E, Object> snapshots(Collection<E> existing);

        E create();

        void write(E record, D item, P checked);

        /** The record as data after the write, to compare with its snapshot. */
        Object written(E record, P checked);

        void save(E record);
    }

    public static <D, E extends RecordEntity, P> void run(
            List<D> items, ImportContext context, Predicate<String> canWrite, Records<D, E, P> records) {
        Set<String> refs = items.stream()
                .map(records::ref)
                .filter(ref -> !Text.isBlank(ref))
                .map(String::trim)
                .collect(Collectors.toSet());
        Map<String, E> byRef = new HashMap<>();
        if (!refs.isEmpty()) {
            records.findByRefIn(refs).forEach(e -> byRef.put(e.getRef(), e));
        }
        Function<E, Object> snapshot = records.snapshots(byRef.values());
        Map<String, Object> before = new HashMap<>();
        byRef.values().forEach(e -> before.put(e.getRef(), snapshot.apply(e)));

        List<P> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            checked.add(null);
            String ref = records.ref(items.get(i));
            if (Text.isBlank(ref)) {
                context.problem(i, "ref", "validation.required");
                continue;
            }
            checked.set(i, records.check(i, items.get(i), context));
            E existing = byRef.get(ref.trim());
            if (existing != null && !canWrite.test(existing.getUnitCode())) {
                context.problem(i, "ref", "validation.unit.forbidden");
            }
        }
        if (context.hasProblems()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            D item = items.get(i);
            E record = byRef.computeIfAbsent(records.ref(item).trim(), r -> records.create());
            records.write(record, item, checked.get(i));
            if (record.getId() == null) {
                records.save(record);
                context.created();
            } else {
                Object old = before.get(record.getRef());
                if (old != null && !old.equals(records.written(record, checked.get(i)))) {
                    context.updated();
                }
            }
        }
    }
}
