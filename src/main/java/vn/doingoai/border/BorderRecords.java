package vn.doingoai.border;

import java.util.Collection;
import java.util.function.Function;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;

/**
 * A border section of the dataset document, imported by ref ({@link RefImport}) with the checks of
 * its {@link BorderBook}: an item of a unit without a border is refused at its {@code unit}.
 */
final class BorderRecords<E extends RecordEntity, D extends RecordData, C> implements RefImport.Records<D, E, C> {

    private final BorderBook<E, D, ?, C> book;
    private final BorderUnits borderUnits;

    BorderRecords(BorderBook<E, D, ?, C> book, BorderUnits borderUnits) {
        this.book = book;
        this.borderUnits = borderUnits;
    }

    @Override
    public C check(int index, D item, ImportContext context) {
        context.report(index, book.check(item));
        // the border rule at the item's unit (the import's own unit check keeps the others)
        borderUnits.check(item.unit()).ifPresent(p -> context.problem(index, p.field(), p.message()));
        return book.resolve(item, p -> context.problem(index, p.field(), p.message()));
    }

    @Override
    public Function<E, Object> snapshots(Collection<E> existing) {
        return book.documents(existing)::apply;
    }

    @Override
    public E create() {
        return book.newRecord();
    }

    @Override
    public void write(E record, D item, C resolved) {
        book.apply(record, item, resolved);
    }

    @Override
    public Object written(E record, C resolved) {
        return book.document(record, resolved);
    }
}
