package vn.doingoai.history;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PreRemove;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The JPA listener behind every {@link Historied} record. Hibernate creates it through Spring, so it
 * writes with the recorder of its own application context.
 */
public class HistoryListener {

    private final HistoryRecorder recorder;

    public HistoryListener(HistoryRecorder recorder) {
        this.recorder = recorder;
    }

    @PostPersist
    void created(Object entity) {
        record(entity, HistoryAction.CREATE);
    }

    @PostUpdate
    void updated(Object entity) {
        record(entity, HistoryAction.UPDATE);
    }

    @PreRemove
    void removed(Object entity) {
        record(entity, HistoryAction.DELETE);
    }

    private void record(Object entity, HistoryAction action) {
        if (entity instanceof Historied historied) {
            recorder.record(historied, action, currentUsername());
        }
    }

    /** The user making the change, or "system" for work done at start-up. */
    public static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
