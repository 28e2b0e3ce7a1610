package vn.doingoai.partner;

/** The kinds of partner of the contract. */
public enum PartnerKind {
    /** A foreign locality: a Lao province, a Chinese prefecture, a Korean or Finnish region. */
    FOREIGN_LOCALITY,
    EMBASSY,
    CONSULATE,
    INTERNATIONAL_ORGANIZATION,
    /** A foreign non-governmental organisation (tổ chức phi chính phủ nước ngoài). */
    FOREIGN_NGO,
    /** An enterprise, usually an investor. */
    ENTERPRISE,
    /** An association of overseas Vietnamese (hội người Việt Nam ở nước ngoài). */
    OVERSEAS_VIETNAMESE_ASSOCIATION,
    PRESS_AGENCY,
    OTHER
}
