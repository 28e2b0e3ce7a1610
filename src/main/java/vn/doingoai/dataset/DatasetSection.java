package vn.doingoai.dataset;

import java.util.List;
import vn.doingoai.unit.UnitScope;

/**
 * One record type's section of the dataset document, e.g. {@code "delegations": [...]}. The
 * envelope reads each item into {@link #itemType()} and validates its Bean Validation constraints
 * (reporting problems as {@code delegations[3].startDate}); the section then creates or updates
 * the valid items by {@code ref}, inside the envelope's transaction, reporting any further
 * problem through the context.
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
}
