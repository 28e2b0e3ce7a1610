package vn.doingoai.direction;

/**
 * The kind of a policy document (API.md): kế hoạch, quyết định, chỉ thị, chương trình, đề án, quy
 * chế, báo cáo, or another kind. Its name in words is the message {@code document.kind.<KIND>}.
 */
public enum DocumentKind {
    PLAN,
    DECISION,
    DIRECTIVE,
    PROGRAMME,
    SCHEME,
    REGULATION,
    REPORT,
    OTHER
}
