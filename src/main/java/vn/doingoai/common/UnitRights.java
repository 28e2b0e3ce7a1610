package vn.doingoai.common;

/**
 * The rights a record's keeping checks before it reads or changes a record of a unit (403 when
 * refused); {@code user.Access} answers them for the current user.
 */
public interface UnitRights {

    void checkRead(String unitCode);

    void checkWrite(String unitCode);

    /**
     * The right to write records of the unit a data shape names (403): a unit that exists must be
     * writable; a blank or unknown one is left to the data's checks, for a user who may write at all.
     */
    void checkWritable(String unitCode);
}
