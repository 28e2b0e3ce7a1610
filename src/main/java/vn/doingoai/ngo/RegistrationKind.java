package vn.doingoai.ngo;

/** The kinds of paper a foreign NGO holds in a province (API.md). */
public enum RegistrationKind {
    /** Giấy đăng ký hoạt động. */
    OPERATION,
    /** Giấy đăng ký lập văn phòng dự án. */
    PROJECT_OFFICE,
    /** Giấy đăng ký lập văn phòng đại diện. */
    REPRESENTATIVE_OFFICE
}
