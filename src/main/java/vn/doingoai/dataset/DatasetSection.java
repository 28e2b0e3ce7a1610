package vn.doingoai.dataset;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.doingoai.unit.UnitScope;

/**
 * One record type's section of the dataset document, e.g. {@code "delegations": [...]}. The
 * envelope reads each item into {@link #itemType()} and validates its Bean Validation constraints
 * (reporting problems as {@code delegations[3].startDate}); the section then creates or updates
 * the valid items by {@code ref}, inside the envelope's transaction, reporting any further
 * problem through the context.
 *
 * <p>A record module registers its section as a bean made by {@link #of}, from its import (most
 * through {@link RefImport}) and its export:
 *
 * <pre>{@code
 * @Bean
 * DatasetSection<DelegationData> delegationsSection() {
 *     return DatasetSection.of("delegations", 30, DelegationData.class, this::importAll, delegations::exportAll);
 * }
 * }</pre>
 *
 * @param <T> the item's shape: the same record class the API reads and writes
 */
public interface DatasetSection<T> {

    /** The section's property in the document: {@code delegations}. */
    String name();

    /** Sections are imported and exported in this order: referenced types first (partners 10). */
    int order();

    Class<T> itemType();

    /** Creates or updates the items by ref. Items are in document order; indexes are theirs. */
    void importItems(List<T> items, ImportContext context);

    /** The records of these units, in the document's shape, without ids or versions, by ref. */
    List<T> export(UnitScope scope);

    /** A section made of its name, order and item type, its import and its export. */
    static <T> DatasetSection<T> of(
            String name,
            int order,
            Class<T> itemType,
            BiConsumer<List<T>, ImportContext> importer,
            Function<UnitScope, List<T>> exporter) {
        return new Registered<>(name, order, itemType, importer, exporter);
    }

    /** A section registered as data. */
    record Registered<T>(
            String name,
            int order,
            Class<T> itemType,
            BiConsumer<List<T>, ImportContext> importer,
            Function<UnitScope, List<T>> exporter)
            implements DatasetSection<T> {

        @Override
        public void importItems(List<T> items, ImportContext context) {
            importer.accept(items, context);
        }

        @Override
        public List<T> export(UnitScope scope) {
            return exporter.apply(scope);
        }
    }
}
