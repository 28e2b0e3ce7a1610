package vn.doingoai.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.doingoai.common.Approvable;
import vn.doingoai.common.Approval;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.RecordRepository;
import vn.doingoai.common.Text;
import vn.doingoai.common.Workflow;

/**
 * The one import of a section's records matched by {@code ref}, the same for every record type.
 * Every item is checked first:
 *
 * <ul>
 *   <li>its ref: present, trimmed, and once in the section (a ref given twice is a problem at
 *       every place it is given);
 *   <li>its unit: it exists and the user may write it (records of no unit only where the type
 *       allows them);
 *   <li>the right to change the record found by its ref;
 *   <li>the type's own rules;
 *   <li>the workflow, where the type has one: the status change is allowed, and an approval is
 *       carried only by a user who may approve the unit.
 * </ul>
 *
 * Only when nothing is wrong are they all written, the records of the refs having been loaded in
 * one query. A record counts as created when it is new and as updated only when the write changed
 * it, so that re-importing the same data creates and updates nothing.
 */
public final class RefImport {

    private RefImport() {}

    /**
     * What a record type tells the import about its records. An implementation may keep what one
     * import resolves in its fields (make one per import).
     *
     * @param <D> an item of the section, as the API writes it
     * @param <E> the record
     * @param <P> what checking an item resolved for writing it (its partners, say)
     */
    public interface Records<D extends RecordData, E extends RecordEntity, P> {

        /**
         * Checks the item's own rules, reporting problems at {@code index} (its ref, unit, rights and
         * workflow are checked by the import), and answers what writing it needs.
         */
        P check(int index, D item, ImportContext context);

        /** How to see the records found as data, before the import writes them. */
        Function<E, Object> snapshots(Collection<E> existing);

        E create();

        /** Writes the item into the record, but its status and approval (the workflow's). */
        void write(E record, D item, P checked);

        /** The record as data after the write, to compare with its snapshot. */
        Object written(E record, P checked);

        /** Whether an item may name no unit: a record shared by every unit, written by anyone who writes. */
        default boolean shared() {
            return false;
        }

        /** Whether the user may change this record, found by an item's ref. */
        default boolean mayChange(E record, ImportContext context) {
            return record.getUnitCode() == null
                    ? shared() && context.mayWriteAnything()
                    : context.mayWrite(record.getUnitCode());
        }

        /** The record type's approval workflow, or null when it has none (its records are then {@link Approvable}). */
        default Approvals<D, ?> approvals() {
            return null;
        }

        /** Runs when every item has passed its checks, before the first write. */
        default void beforeWrite(List<D> items, List<P> checked) {}

        /**
         * Runs after every item was written (new records saved), before the records are compared
         * with their snapshots: a second pass (partners link their parents here) may report problems.
         */
        default void afterWrite(List<D> items, List<E> records, ImportContext context) {}
    }

    /**
     * A record type's workflow as the import uses it: the rules, and how to read the status and the
     * approval an item names. The records of such a type are {@link Approvable}.
     *
     * @param <S> the status
     */
    public record Approvals<D, S extends Enum<S>>(
            Workflow<S> workflow, Function<D, S> status, Function<D, Approval> approval) {}

    /**
     * The {@link Records} of a type whose items are written as they are (no workflow, nothing
     * resolved for the write): {@code validate} gives an item's own problems (make it anew per import
     * if it remembers the items it saw), {@code create} a new record, {@code write} writes an item into
     * a record, and {@code data} is a record as the section writes it, before and after:
     *
     * <pre>{@code
     * RefImport.run(items, context, repository,
     *         RefImport.plain(trainings::validate, Training::new, Training::apply, t -> TrainingData.of(t, false)));
     * }</pre>
     */
    public static <D extends RecordData, E extends RecordEntity> Records<D, E, Void> plain(
            Function<D, List<FieldProblem>> validate,
            Supplier<E> create,
            BiConsumer<E, D> write,
            Function<E, Object> data) {
        return new Records<>() {
            @Override
            public Void check(int index, D item, ImportContext context) {
                context.report(index, validate.apply(item));
                return null;
            }

            @Override
            public Function<E, Object> snapshots(Collection<E> existing) {
                return data;
            }

            @Override
            public E create() {
                return create.get();
            }

            @Override
            public void write(E record, D item, Void checked) {
                write.accept(record, item);
            }

            @Override
            public Object written(E record, Void checked) {
                return data.apply(record);
            }
        };
    }

    /** Imports the items of a section into the records of {@code repository}. */
    public static <D extends RecordData, E extends RecordEntity, P> void run(
            List<D> items, ImportContext context, RecordRepository<E> repository, Records<D, E, P> records) {
        List<String> refs = refs(items, context);
        Map<String, E> byRef = new HashMap<>();
        List<String> known = refs.stream().filter(r -> r != null).toList();
        if (!known.isEmpty()) {
            repository.findByRefIn(known).forEach(e -> byRef.put(e.getRef(), e));
        }
        Function<E, Object> snapshot = records.snapshots(byRef.values());
        Map<String, Object> before = new HashMap<>();
        byRef.values().forEach(e -> before.put(e.getRef(), snapshot.apply(e)));

        List<P> checked = new ArrayList<>();
        List<Consumer<E>> decisions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            D item = items.get(i);
            String unit = Text.blankToNull(item.unit());
            boolean unitOk = checkUnit(i, unit, records, context);
            checked.add(records.check(i, item, context));
            E existing = refs.get(i) == null ? null : byRef.get(refs.get(i));
            if (existing != null && !records.mayChange(existing, context)) {
                context.problem(i, "ref", "validation.unit.forbidden");
            }
            decisions.add(
                    unitOk && records.approvals() != null
                            ? decide(records.approvals(), i, item, existing, unit, context)
                            : null);
        }
        if (context.hasProblems()) {
            return;
        }
        records.beforeWrite(items, checked);
        List<E> written = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            E record = byRef.computeIfAbsent(refs.get(i), r -> records.create());
            records.write(record, items.get(i), checked.get(i));
            if (decisions.get(i) != null) {
                decisions.get(i).accept(record);
            }
            if (record.getId() == null) {
                repository.save(record);
                context.created();
            }
            written.add(record);
            context.recordWritten();
        }
        records.afterWrite(items, written, context);
        if (context.hasProblems()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Object old = before.get(refs.get(i));
            if (old != null && !old.equals(records.written(written.get(i), checked.get(i)))) {
                context.updated();
            }
        }
    }

    /** The trimmed refs of the items, null where one is missing or given more than once. */
    private static List<String> refs(List<? extends RecordData> items, ImportContext context) {
        List<String> refs = new ArrayList<>();
        Map<String, List<Integer>> places = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String ref = Text.blankToNull(items.get(i).ref());
            refs.add(ref);
            if (ref == null) {
                context.problem(i, "ref", "validation.required");
            } else {
                places.computeIfAbsent(ref, r -> new ArrayList<>()).add(i);
            }
        }
        places.values().stream()
                .filter(p -> p.size() > 1)
                .forEach(p -> p.forEach(i -> {
                    context.problem(i, "ref", "dataset.ref.duplicate");
                    refs.set(i, null);
                }));
        return refs;
    }

    private static boolean checkUnit(int index, String unit, Records<?, ?, ?> records, ImportContext context) {
        if (unit == null && records.shared()) {
            if (!context.mayWriteAnything()) {
                context.problem(index, "unit", "validation.unit.forbidden");
                return false;
            }
            return true;
        }
        return context.checkUnit(index, "unit", unit);
    }

    /** Asks the workflow about the item's status and approval; answers how to write its decision. */
    @SuppressWarnings("unchecked") // a type with a workflow has records that are Approvable of its status
    private static <D, E, S extends Enum<S>> Consumer<E> decide(
            Approvals<D, S> approvals, int index, D item, E existing, String unit, ImportContext context) {
        Workflow.Outcome<S> outcome = approvals
                .workflow()
                .decide(
                        (Approvable<S>) existing,
                        approvals.status().apply(item),
                        approvals.approval().apply(item),
                        new Workflow.Actor(context.user(), context.mayApprove(unit), true));
        outcome.problems().forEach(p -> context.problem(index, p.field(), p.message()));
        return record -> outcome.applyTo((Approvable<S>) record);
    }
}
