package vn.doingoai.config;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import org.hibernate.HibernateException;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.enhance.spi.EnhancementContext;
import org.hibernate.bytecode.enhance.spi.Enhancer;
import org.hibernate.bytecode.spi.BasicProxyFactory;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.bytecode.spi.ProxyFactoryFactory;
import org.hibernate.bytecode.spi.ReflectionOptimizer;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.property.access.spi.PropertyAccess;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.ProxyFactory;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.type.CompositeType;

/**
 * Hibernate without lazy entity proxies. Our records refer to each other by id or ref, never by a
 * to-one association, and nothing asks for {@code getReference}: yet Hibernate generates a proxy
 * class with ByteBuddy for every entity when it starts, about a third of its start-up
 * (docs/benchmark.md, "session 7: start"). Everything else stays Hibernate's own ByteBuddy provider
 * (the reflection optimizer included, so reading and writing records costs what it did).
 *
 * <p>A to-one association or a {@code getReference} would fail at its first use with the message
 * below; {@code StartUpTests} fails first (no entity has a to-one attribute).
 *
 * <p>Hibernate finds this class through {@code META-INF/services/org.hibernate.service.spi.ServiceContributor}.
 */
public final class NoEntityProxies implements ServiceContributor {

    static final String WHY = "Entity proxies are not built (vn.doingoai.config.NoEntityProxies): records refer to"
            + " each other by id, without to-one associations or getReference";

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        registry.addService(
                BytecodeProvider.class,
                new Provider(new org.hibernate.bytecode.internal.bytebuddy.BytecodeProviderImpl()));
    }

    /** Hibernate's ByteBuddy provider, except for the proxies of entities. */
    private record Provider(BytecodeProvider byteBuddy) implements BytecodeProvider {

        @Override
        public ProxyFactoryFactory getProxyFactoryFactory() {
            ProxyFactoryFactory basic = byteBuddy.getProxyFactoryFactory();
            return new ProxyFactoryFactory() {
                @Override
                public ProxyFactory buildProxyFactory(SessionFactoryImplementor sessionFactory) {
                    return Refused.PROXIES;
                }

                @Override
                public BasicProxyFactory buildBasicProxyFactory(Class superClassOrInterface) {
                    return basic.buildBasicProxyFactory(superClassOrInterface);
                }
            };
        }

        @Override
        @SuppressWarnings({"rawtypes", "deprecation"})
        public ReflectionOptimizer getReflectionOptimizer(
                Class clazz, String[] getterNames, String[] setterNames, Class[] types) {
            return byteBuddy.getReflectionOptimizer(clazz, getterNames, setterNames, types);
        }

        @Override
        public ReflectionOptimizer getReflectionOptimizer(
                Class<?> clazz, Map<String, PropertyAccess> propertyAccessMap) {
            return byteBuddy.getReflectionOptimizer(clazz, propertyAccessMap);
        }

        @Override
        public Enhancer getEnhancer(EnhancementContext enhancementContext) {
            return byteBuddy.getEnhancer(enhancementContext);
        }

        @Override
        public void resetCaches() {
            byteBuddy.resetCaches();
        }
    }

    /** The proxy factory of every entity: prepares nothing, refuses a proxy with a clear message. */
    private enum Refused implements ProxyFactory {
        PROXIES;

        @Override
        @SuppressWarnings("rawtypes")
        public void postInstantiate(
                String entityName,
                Class<?> persistentClass,
                Set<Class<?>> interfaces,
                Method getIdentifierMethod,
                Method setIdentifierMethod,
                CompositeType componentIdType) {
            // nothing to prepare
        }

        @Override
        public HibernateProxy getProxy(Object id, SharedSessionContractImplementor session) {
            throw new HibernateException(WHY);
        }
    }
}
