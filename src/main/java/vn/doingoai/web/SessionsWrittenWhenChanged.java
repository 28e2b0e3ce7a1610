package vn.doingoai.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Primary;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The sessions of {@link SessionConfig}, written only when something changed. Spring Session marks a
 * session changed on every request, for its last access, so that every page an officer reads cost an
 * {@code UPDATE} and a commit (on PostgreSQL, a flush of its log), even when the page itself was a
 * {@linkplain KeptAnswers kept answer}. Here the last access is written once it has moved by {@link
 * #ACCESS_STEP} or more; attributes, a new session and a new id are written as before. A session still
 * ends eight hours after its last use, give or take that minute.
 */
@Component
@Primary
class SessionsWrittenWhenChanged implements FindByIndexNameSessionRepository<SessionsWrittenWhenChanged.Held> {

    /** How far the last access may move before it is written. */
    static final Duration ACCESS_STEP = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> sessions;

    /** The JDBC repository's own session type is not public: its sessions are handled as {@link Session}s. */
    @SuppressWarnings("unchecked")
    SessionsWrittenWhenChanged(JdbcIndexedSessionRepository sessions) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) sessions;
    }

    @Override
    public Held createSession() {
        return new Held(sessions.createSession());
    }

    @Override
    public void save(Held session) {
        sessions.save(session.session);
    }

    @Override
    public Held findById(String id) {
        Session found = sessions.findById(id);
        return found == null ? null : new Held(found);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Held> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Held> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> found.put(id, new Held(s)));
        return found;
    }

    /** A stored session whose last access is passed on only once it has moved by {@link #ACCESS_STEP}. */
    static final class Held implements Session {

        private final Session session;

        Held(Session session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime)
                            .compareTo(ACCESS_STEP)
                    >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
