package vn.doingoai.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.EntityType;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.repository.Repository;
import vn.doingoai.DoiNgoaiApplication;

/** What makes the start quick keeps the application as it was (docs/benchmark.md, "session 7: start"). */
@SpringBootTest
class StartUpTests {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DefaultListableBeanFactory beans;

    @Test
    void noEntityHasAToOneAssociationThatWouldNeedAProxy() {
        assertThat(entityManagerFactory.getMetamodel().getEntities()).hasSizeGreaterThan(20);
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            assertThat(entity.getAttributes())
                    .as(entity.getName() + " refers to other records by id (config.NoEntityProxies)")
                    .noneMatch(a -> a.getPersistentAttributeType() == PersistentAttributeType.MANY_TO_ONE
                            || a.getPersistentAttributeType() == PersistentAttributeType.ONE_TO_ONE);
        }
    }

    @Test
    void hibernateBuildsNoEntityProxyAndSaysWhy() {
        EntityType<?> entity = entityManagerFactory.getMetamodel().getEntities().stream()
                .filter(e -> e.getIdType().getJavaType() == Long.class)
                .findFirst()
                .orElseThrow();
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            assertThatThrownBy(() -> em.getReference(entity.getJavaType(), -18L))
                    .hasMessageContaining("Entity proxies are not built");
        }
    }

    @Test
    void repositoriesAreInjectedLazilyAndAllMadeBeforeReady() throws Exception {
        var repository = new DependencyDescriptor(Holder.class.getDeclaredField("repository"), true);
        var other = new DependencyDescriptor(Holder.class.getDeclaredField("other"), true);
        var resolver = new StartUp.LazyRepositories();
        assertThat(resolver.isLazy(repository)).isTrue();
        assertThat(resolver.isLazy(other)).isFalse();
        for (String name : beans.getBeanNamesForType(Repository.class, true, false)) {
            assertThat(beans.getSingleton(name)).as(name).isNotNull();
        }
        assertThat(beans.getBeanNamesForType(Repository.class, true, false)).hasSizeGreaterThan(20);
    }

    static final class Holder {
        vn.doingoai.common.RecordRepository<?> repository;
        EntityManagerFactory other;
    }

    @Test
    void theTestsAndTheIdesClassesConfigureTheApplicationAtStart() {
        assertThat(AheadOfTime.inPackagedJar(DoiNgoaiApplication.class)).isFalse();
        String before = System.getProperty(AotDetector.AOT_ENABLED);
        AheadOfTime.useIfBuilt(DoiNgoaiApplication.class);
        assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isEqualTo(before);
        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }
}
