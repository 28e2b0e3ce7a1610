package vn.doingoai.user;

/** The roles of the contract (API.md). */
public enum Role {
    /** Everything, everywhere. */
    ADMIN,
    /** An officer who also approves delegations, agreements and aid (lãnh đạo phê duyệt). */
    APPROVER,
    /** Reads and writes the records of their unit and the units below it. */
    OFFICER,
    /** Writes only the records of their own unit (sở, ngành, xã). */
    CONTRIBUTOR,
    /** Reads only. */
    VIEWER
}
