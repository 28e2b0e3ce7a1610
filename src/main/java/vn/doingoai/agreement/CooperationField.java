package vn.doingoai.agreement;

/** The fields of cooperation (lĩnh vực hợp tác) an agreement covers. */
public enum CooperationField {
    AGRICULTURE,
    EDUCATION,
    HEALTH,
    CULTURE,
    TOURISM,
    TRADE,
    INVESTMENT,
    SCIENCE_TECHNOLOGY,
    ENVIRONMENT,
    LABOUR,
    /** Border management (quản lý biên giới). */
    BORDER,
    SECURITY,
    TRANSPORT,
    /** Information and communication, foreign information. */
    INFORMATION,
    SPORT,
    OTHER
}
