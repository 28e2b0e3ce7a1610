package vn.doingoai.config;

import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The version of the data: one number in the database that every transaction writing records raises
 * by one, <em>in that same transaction</em>, just before it commits. Whatever is computed from the
 * records (the unit tree, figures) is cached under the version it was computed at, so a reader after
 * a commit never gets a result from before it, on this instance or on another one sharing the
 * database. The caches are also cleared after each write, to free their memory.
 *
 * <p>Writes through JPA are seen by Hibernate's post-insert/update/delete events (collections
 * too). A write that bypasses JPA calls {@link #touch()} in its transaction. Users and their
 * sign-in counters ({@code vn.doingoai.user}) change no figure and raise nothing.
 *
 * <p>A request reads the version once (it is kept in the request) and again after it has written.
 */
@Component
public class DataVersion
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionRecreateEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRemoveEventListener,
                SmartInitializingSingleton {

    private static final String RAISE = "update data_version set version = version + 1 where id = 1";
    private static final String IN_REQUEST = DataVersion.class.getName();
    private static final List<String> UNCOUNTED = List.of("vn.doingoai.user.");

    private final JdbcTemplate jdbc;
    private final CacheManager caches;
    private final EntityManagerFactory entityManagerFactory;
    private final ApplicationEventPublisher events;

    /** The sessions whose transaction has written and will raise the version before it commits. */
    private final Set<SharedSessionContractImplementor> writing = ConcurrentHashMap.newKeySet();

    DataVersion(
            JdbcTemplate jdbc,
            CacheManager caches,
            EntityManagerFactory entityManagerFactory,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.caches = caches;
        this.entityManagerFactory = entityManagerFactory;
        this.events = events;
    }

    /**
     * Published by {@link #touch()}, in the transaction of the write that bypassed JPA, for the caches
     * kept outside this version (the public site's stamps, {@code publicsite.SqlWrites}).
     */
    public record WrittenBySql() {}

    /**
     * Registers the listeners once every bean exists, before the server takes a request and before
     * anything writes a record: Hibernate starts on a background thread meanwhile (see
     * application.properties), and asking for it earlier would make the start wait for it.
     */
    @Override
    public void afterSingletonsInstantiated() {
        EventListenerRegistry registry = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    /** The committed version (within a request: the one read first, or after the request wrote). */
    public long current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(IN_REQUEST, RequestAttributes.SCOPE_REQUEST) instanceof Long v) {
            return v;
        }
        Long version = jdbc.queryForObject("select version from data_version where id = 1", Long.class);
        long value = version == null ? 0 : version;
        if (request != null) {
            request.setAttribute(IN_REQUEST, value, RequestAttributes.SCOPE_REQUEST);
        }
        return value;
    }

    /** For a write that bypasses JPA: raises the version in the current transaction. */
    public void touch() {
        events.publishEvent(new WrittenBySql());
        State state = state();
        if (state == null) {
            jdbc.update(RAISE);
            afterWrite();
        } else {
            state.byJdbc = true;
        }
    }

    private void changed(SharedSessionContractImplementor session, String entityName) {
        if (entityName != null && UNCOUNTED.stream().anyMatch(entityName::startsWith)) {
            return;
        }
        if (!writing.add(session)) {
            return;
        }
        // Before the commit and after the last flush: the row stays locked for the shortest time.
        TransactionCompletionCallbacks.BeforeCompletionCallback raise = s -> s.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(RAISE)) {
                statement.executeUpdate();
            }
        });
        TransactionCompletionCallbacks.AfterCompletionCallback done = (success, s) -> {
            writing.remove(session);
            afterWrite();
        };
        TransactionCompletionCallbacks callbacks = session instanceof EventSource source
                ? source.getActionQueue()
                : session.getTransactionCompletionCallbacks();
        callbacks.registerCallback(raise);
        callbacks.registerCallback(done);
    }

    /** This transaction's writes bypassing JPA, bound on the first; null outside a Spring transaction. */
    private State state() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof State state) {
            return state;
        }
        State state = new State();
        TransactionSynchronizationManager.bindResource(this, state);
        TransactionSynchronizationManager.registerSynchronization(state);
        return state;
    }

    private void afterWrite() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(IN_REQUEST, RequestAttributes.SCOPE_REQUEST);
        }
        for (String name : List.of(Caches.UNIT_TREE, Caches.FIGURES)) {
            var cache = caches.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }

    /** What one transaction has written bypassing JPA, and its part in the commit. */
    private final class State implements TransactionSynchronization {
        boolean byJdbc;

        @Override
        public void beforeCommit(boolean readOnly) {
            if (byJdbc) {
                jdbc.update(RAISE);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(DataVersion.this);
            if (byJdbc) {
                afterWrite();
            }
        }
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getSession(), event.getPersister().getEntityName());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getSession(), event.getPersister().getEntityName());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getSession(), event.getPersister().getEntityName());
    }

    @Override
    public void onPostRecreateCollection(org.hibernate.event.spi.PostCollectionRecreateEvent event) {
        changedCollection(event);
    }

    @Override
    public void onPostUpdateCollection(org.hibernate.event.spi.PostCollectionUpdateEvent event) {
        changedCollection(event);
    }

    @Override
    public void onPostRemoveCollection(org.hibernate.event.spi.PostCollectionRemoveEvent event) {
        changedCollection(event);
    }

    private void changedCollection(AbstractCollectionEvent event) {
        changed(event.getSession(), event.getAffectedOwnerEntityName());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
