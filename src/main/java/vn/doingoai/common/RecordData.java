package vn.doingoai.common;

/**
 * The data shape of a record kept by ref, as the API and the dataset document write it: what the
 * import by ref reads of every item.
 */
public interface RecordData extends Versioned {

    /** The client's own key, unique per record type. */
    String ref();

    /** The organisation unit's code, or blank for a record shared by every unit. */
    String unit();
}
