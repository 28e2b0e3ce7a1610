package vn.doingoai.indicator;

/** An actual value (thực hiện) or a planned one (kế hoạch). */
public enum ValueKind {
    ACTUAL,
    PLAN
}
