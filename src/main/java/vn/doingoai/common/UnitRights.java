package vn.doingoai.common;

/**
 * The rights a record's keeping checks before it reads or changes a record of a unit (403 when
 * refused); {@code user.Access} answers them for the current user.
 */
public interface UnitRights {

    void checkRead(String unitCode);

    void checkWrite(String unitCode);
}
