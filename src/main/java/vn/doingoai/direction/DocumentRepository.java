package vn.doingoai.direction;

import java.util.List;
import vn.doingoai.common.RecordRepository;

interface DocumentRepository extends RecordRepository<PolicyDocument> {

    /** The documents of a unit with this number and symbol, whatever its case. */
    List<PolicyDocument> findByUnitCodeAndNumberIgnoreCase(String unitCode, String number);
}
