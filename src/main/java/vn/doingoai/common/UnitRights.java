package vn.doingoai.common;

import org.springframework.data.jpa.domain.Specification;

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

    /**
     * What every record list selects before its own filters: the records of the units asked for
     * ({@code unitCode}, merged units included; 403 outside the user's scope, the user's whole scope
     * when blank), with those of no unit when {@code orShared}, whose folded text matches {@code q}.
     */
    <E extends RecordEntity> Specification<E> listed(String unitCode, String q, boolean orShared);
}
