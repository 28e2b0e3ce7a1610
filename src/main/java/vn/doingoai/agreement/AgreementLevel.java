package vn.doingoai.agreement;

/** The level of the Vietnamese side that signs: the province, a provincial agency, a commune. */
public enum AgreementLevel {
    PROVINCE,
    AGENCY,
    COMMUNE
}
