package vn.doingoai.publicsite;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.doingoai.history.Historied;
import vn.doingoai.unit.Unit;

/**
 * Sees every write of a record through Hibernate, and renews the stamps of the public pages that
 * may show it ({@link PublicStamps}) at the end of the writing transaction, after its last flush and
 * before its commit: once per transaction, however many records it wrote, holding the stamps' rows
 * only for that last moment. Once committed, the new stamps are this instance's at once.
 *
 * <p>A record of a unit renews its province's pages. A record every province's pages may show
 * renews every page: records of no unit (partners, exchange rates), FDI projects (the rank compares
 * every province) and the units themselves. Users are never shown and renew nothing.
 */
@Component
class RecordWrites
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionRecreateEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRemoveEventListener,
                SmartInitializingSingleton {

    /** History types whose records every province's public pages may show. */
    static final Set<String> EVERYWHERE = Set.of("partner", "investment", "exchangeRate");

    /** History types never shown on the public pages. */
    static final Set<String> NEVER = Set.of("user");

    /** What a transaction wrote so far: its units, and whether it wrote something shown everywhere. */
    private static final class Written {
        final Set<String> units = new TreeSet<>();
        boolean everywhere;
        Map<String, PublicStamps.Row> renewed = Map.of();
    }

    private final EntityManagerFactory entityManagerFactory;
    private final PublicStamps stamps;
    private final Map<SharedSessionContractImplementor, Written> open = new ConcurrentHashMap<>();

    RecordWrites(EntityManagerFactory entityManagerFactory, PublicStamps stamps) {
        this.entityManagerFactory = entityManagerFactory;
        this.stamps = stamps;
    }

    /** Once every bean exists, so that the start does not wait for Hibernate here (config.DataVersion). */
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

    @Override
    public void onPostInsert(PostInsertEvent event) {
        wrote(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        wrote(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        wrote(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        wroteCollection(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        wroteCollection(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        wroteCollection(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void wroteCollection(AbstractCollectionEvent event) {
        if (event.getAffectedOwnerOrNull() != null) {
            wrote(event.getSession(), event.getAffectedOwnerOrNull());
        }
    }

    private void wrote(SharedSessionContractImplementor session, Object entity) {
        String unit;
        boolean everywhere;
        if (entity instanceof Historied record) {
            if (NEVER.contains(record.historyType())) {
                return;
            }
            unit = record.getUnitCode();
            everywhere = unit == null || EVERYWHERE.contains(record.historyType());
        } else if (entity instanceof PublicProfile profile) {
            unit = profile.getUnitCode();
            everywhere = false;
        } else if (entity instanceof Unit) {
            unit = null;
            everywhere = true;
        } else {
            return;
        }
        Written written = open.computeIfAbsent(session, s -> {
            TransactionCompletionCallbacks callbacks = s.getTransactionCompletionCallbacks();
            callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) this::renew);
            callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) this::ended);
            return new Written();
        });
        if (unit != null) {
            written.units.add(unit);
        }
        written.everywhere |= everywhere;
    }

    /** At the end of the transaction, on its own connection. */
    private void renew(SharedSessionContractImplementor session) {
        Written written = open.get(session);
        if (written != null) {
            written.renewed = stamps.renew(
                    session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection(),
                    written.units,
                    written.everywhere);
        }
    }

    /** After the commit (before the request that wrote answers): this instance's pages see it at once. */
    private void ended(boolean success, SharedSessionContractImplementor session) {
        Written written = open.remove(session);
        if (success && written != null) {
            stamps.raise(written.renewed);
        }
    }
}
