package vn.doingoai.web;

/**
 * A form not shaped like its record (flat money rows, a partner chosen apart): it makes the record
 * and names the form's field of a record's path, so that {@link RecordFormPages} saves it with no
 * more code in the page controller.
 *
 * @param <D> the record's data shape
 */
public interface RecordForm<D> {

    /** The record the form makes. */
    D toData();

    /** The form's name of a field of the record ({@code transactions[0].value.amount}). */
    String field(String path);
}
