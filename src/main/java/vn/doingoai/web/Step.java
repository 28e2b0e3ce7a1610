package vn.doingoai.web;

/** The body of a workflow step that takes nothing but the version it read: {@code {"version": 3}} (409 when stale). */
public record Step(Long version) {

    /** The version a step sent, null when it sent no body. */
    public static Long version(Step step) {
        return step == null ? null : step.version();
    }
}
