package vn.doingoai.aid;

/** A commitment (IATI transaction type 2) or a disbursement (IATI type 3). */
public enum TransactionType {
    COMMITMENT("2"),
    DISBURSEMENT("3");

    private final String iatiCode;

    TransactionType(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }
}
